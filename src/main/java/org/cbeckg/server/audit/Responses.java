package org.cbeckg.server.audit;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.cbeckg.server.Message;

/**
 * Content negotiation and writing for the audit pages. {@code ?format=json} or {@code ?format=html} wins; otherwise
 * JSON when the Accept header asks for {@code application/json} and not for {@code text/html} (a browser asks for
 * both and gets HTML), HTML otherwise.
 */
final class Responses {

    private Responses() {
    }

    static boolean wantsJson(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null) {
            return format.equalsIgnoreCase("json");
        }
        String accept = req.getHeader("Accept");
        return accept != null && accept.contains("application/json") && !accept.contains("text/html");
    }

    static void json(HttpServletResponse resp, int status, JsonValue json) throws IOException {
        write(resp, status, "application/json", JSON.toString(json));
    }

    static void html(HttpServletResponse resp, int status, String page) throws IOException {
        write(resp, status, "text/html", page);
    }

    /** A 400 in the format asked for, saying what was wrong. */
    static void badRequest(HttpServletRequest req, HttpServletResponse resp, String message) throws IOException {
        if (wantsJson(req)) {
            JsonObject json = new JsonObject();
            json.put("error", message);
            json(resp, HttpServletResponse.SC_BAD_REQUEST, json);
        } else {
            html(resp, HttpServletResponse.SC_BAD_REQUEST, new Message("Bad request", message, null).page());
        }
    }

    private static void write(HttpServletResponse resp, int status, String type, String body) throws IOException {
        resp.setStatus(status);
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType(type + "; charset=utf-8");
        resp.setHeader("Vary", "Accept");
        resp.getWriter().write(body);
    }
}
