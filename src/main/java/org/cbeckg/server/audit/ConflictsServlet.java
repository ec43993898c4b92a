package org.cbeckg.server.audit;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.json.JsonObject;
import org.cbeckg.audit.DerivedGraphReader;
import org.cbeckg.audit.ListedCell;
import org.cbeckg.audit.ListingJson;
import org.cbeckg.server.Pages;

/**
 * {@code GET /conflicts}: the figures articles state differently, every value with its sources and quotes and the
 * rules that picked it as best value, then the values several articles corroborate; HTML or JSON.
 *
 * <pre>{@code builder.addServlet("/conflicts", new ConflictsServlet(new DerivedGraphReader(store), href));}</pre>
 */
public final class ConflictsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient DerivedGraphReader reader;
    private final transient UnaryOperator<String> href;

    /** {@code href} gives the link on this server of an IRI from the store. */
    public ConflictsServlet(DerivedGraphReader reader, UnaryOperator<String> href) {
        this.reader = Objects.requireNonNull(reader);
        this.href = Objects.requireNonNull(href);
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
        Responses.html(resp, HttpServletResponse.SC_OK, Pages.render("server/audit/conflicts.jte",
                AuditPage.listing(conflicts, corroborated, href)));
    }
}
