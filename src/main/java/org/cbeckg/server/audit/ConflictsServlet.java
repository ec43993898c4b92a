package org.cbeckg.server.audit;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.json.JsonObject;
import org.cbeckg.audit.DerivedGraphReader;
import org.cbeckg.audit.ListedCell;
import org.cbeckg.audit.ListedSource;
import org.cbeckg.audit.ListedValue;
import org.cbeckg.audit.ListingJson;
import org.cbeckg.server.Html;

/**
 * {@code GET /conflicts}: the figures articles state differently, every value with its sources and quotes and the
 * rules that picked it as best value, then the values several articles corroborate; HTML or JSON.
 *
 * <pre>{@code builder.addServlet("/conflicts", new ConflictsServlet(new DerivedGraphReader(store)));}</pre>
 */
public final class ConflictsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient DerivedGraphReader reader;

    public ConflictsServlet(DerivedGraphReader reader) {
        this.reader = Objects.requireNonNull(reader);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        List<ListedCell> conflicts = reader.conflicts();
        List<ListedCell> corroborated = reader.corroborated();
        if (Responses.wantsJson(req)) {
            JsonObject json = new JsonObject();
            json.put("conflicts", ListingJson.of(conflicts));
            json.put("corroborated", ListingJson.of(corroborated));
            Responses.json(resp, HttpServletResponse.SC_OK, json);
            return;
        }
        StringBuilder body = new StringBuilder();
        body.append("<p>").append(conflicts.size()).append(" conflict(s): articles giving different values for the "
                + "same measure, period, area and unit. Every value is kept.</p>\n");
        conflicts.forEach(c -> cell(body, c));
        body.append("<h2>Corroborated values</h2>\n<p>").append(corroborated.size())
                .append(" value(s) stated by more than one article.</p>\n");
        corroborated.forEach(c -> cell(body, c));
        Responses.html(resp, HttpServletResponse.SC_OK, Html.page("Conflicts", "<h1>Conflicts</h1>\n" + body));
    }

    private static void cell(StringBuilder b, ListedCell c) {
        b.append("<h3>").append(Html.escape(c.title())).append("</h3>\n");
        if (c.conflict() != null) {
            b.append("<p>").append(Html.link(c.conflict(), c.conflict())).append("</p>\n");
        }
        b.append("<table>\n<tr><th>value</th><th>sources</th><th>best value by</th><th>article</th><th>date</th>"
                + "<th>quote</th></tr>\n");
        c.values().forEach(v -> value(b, v));
        b.append("</table>\n");
    }

    private static void value(StringBuilder b, ListedValue v) {
        String head = "<td" + (v.pickedBy().isEmpty() ? "" : " class=\"best\"") + ">"
                + Html.escape(v.value().toPlainString() + " " + v.unit() + " " + v.qualifier()) + "</td><td>"
                + v.sourceCount() + "</td><td>"
                + Html.escape(v.pickedBy().stream().sorted().collect(Collectors.joining(", "))) + "</td>";
        for (ListedSource s : v.sources()) {
            b.append("<tr>").append(head).append("<td>").append(Html.escape(s.title())).append("<br>")
                    .append(Html.escape(s.fileName())).append("</td><td>").append(Html.escape(s.date()))
                    .append("</td><td>").append(Html.escape(s.quote())).append(" [").append(s.start()).append(", ")
                    .append(s.end()).append(")</td></tr>\n");
        }
    }
}
