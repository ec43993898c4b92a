package org.cbeckg.server;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@value ServerPaths#DUMPS}: the list of dump files, each file, its {@code .sha256} (sha256sum format) and
 * {@code latest}, a redirect to the newest. A file carries its checksum in {@code Repr-Digest} (RFC 9530) too. This is
 * the one place the whole graph can be downloaded: an explicit file with a checksum, not a side effect of a query URL.
 */
final class DumpServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient DumpCatalog catalog;

    DumpServlet(DumpCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        if (name.isEmpty()) {
            RdfResponses.html(resp, HttpServletResponse.SC_OK, Pages.render("server/dumps.jte", catalog.list()));
        } else if ("latest".equals(name)) {
            Optional<DumpCatalog.DumpFile> latest = catalog.latest();
            if (latest.isEmpty()) {
                RdfResponses.text(resp, HttpServletResponse.SC_NOT_FOUND, "No dump has been written yet.");
            } else {
                resp.sendRedirect(ServerPaths.DUMPS + latest.get().name());
            }
        } else if (name.endsWith(".sha256")) {
            checksum(resp, name.substring(0, name.length() - ".sha256".length()));
        } else {
            file(resp, name);
        }
    }

    private void checksum(HttpServletResponse resp, String name) throws IOException {
        Optional<DumpCatalog.DumpFile> d = catalog.byName(name);
        if (d.isEmpty()) {
            RdfResponses.text(resp, HttpServletResponse.SC_NOT_FOUND, "No such dump: " + name);
            return;
        }
        RdfResponses.text(resp, HttpServletResponse.SC_OK, d.get().sha256() + "  " + d.get().name());
    }

    private void file(HttpServletResponse resp, String name) throws IOException {
        // Only names the catalog lists are served, so no path from the request ever reaches the file system.
        Optional<DumpCatalog.DumpFile> d = catalog.byName(name);
        if (d.isEmpty()) {
            RdfResponses.text(resp, HttpServletResponse.SC_NOT_FOUND, "No such dump: " + name);
            return;
        }
        DumpCatalog.DumpFile f = d.get();
        resp.setContentType(f.mediaType() + ";charset=utf-8");
        resp.setContentLengthLong(f.size());
        resp.setHeader("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(
                HexFormat.of().parseHex(f.sha256())) + ":");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + f.name() + "\"");
        Files.copy(f.path(), resp.getOutputStream());
    }
}
