package org.cbeckg.server;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders the jte templates under {@code src/main/jte}, compiled into classes at build time. Every {@code ${...}} in
 * a template is escaped for where it stands (text, attribute, URL), so no page can forget to escape store text.
 *
 * <pre>{@code String html = Pages.render("server/search.jte", model);}</pre>
 */
public final class Pages {

    /** The package the templates' classes are generated under; a template's folder is appended. */
    private static final String PACKAGE = "org.cbeckg";
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
            PACKAGE);

    private Pages() {
    }

    /** The page made by {@code template} (e.g. {@code server/home.jte}) from its one parameter. */
    public static String render(String template, Object model) {
        StringOutput out = new StringOutput(8192);
        ENGINE.render(template, model, out);
        return out.toString();
    }
}
