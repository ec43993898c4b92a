package org.cbeckg.extract.bodies;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.model.Organization;
import org.cbeckg.model.OrganizationKind;
import org.cbeckg.model.body.BodyList;

/**
 * Finds the bodies of a {@link BodyList} in a text: the longest surface form at each position, unless the context
 * shows the name means something else.
 *
 * <ul>
 *   <li>a continuation listed for the body makes the name generic or a role (商务部门, 全国人大代表);</li>
 *   <li>a government or Party name right after a place or a local marker is a local or foreign body
 *       (浙江省发改委, 当地发改委, 美国商务部), unless the name itself says it is national (国家发展改革委);</li>
 *   <li>Latin names (G20, WTO) must stand as words, not inside longer ones.</li>
 * </ul>
 *
 * <pre>{@code
 * List<BodyMatch> found = new CentralBodyMatcher(BodyList.standard()).find(text, Set.of());
 * }</pre>
 */
public final class CentralBodyMatcher {

    private static final Lexicon LEXICON = Lexicon.of("central-body-matcher");

    /** Characters that, right before a bare ministry name, make it a local or foreign body (省/市/美国/各地…). */
    private static final String LOCAL_MARKERS = LEXICON.text("local-markers");

    private final BodyList bodies;

    public CentralBodyMatcher(BodyList bodies) {
        this.bodies = bodies;
    }

    /**
     * The bodies named in {@code text}, possibly overlapping (one per start position, the longest).
     *
     * @param placeEnds char indices where a place mention ends: a body right after a place is that place's own
     */
    public List<BodyMatch> find(String text, Set<Integer> placeEnds) {
        List<BodyMatch> found = new ArrayList<>();
        for (int start = 0; start < text.length(); start++) {
            longestAt(text, start).filter(m -> fitsContext(text, m, placeEnds)).ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    private Optional<BodyMatch> longestAt(String text, int start) {
        for (int end = Math.min(text.length(), start + bodies.longestForm()); end > start; end--) {
            Optional<Organization> org = bodies.bySurfaceForm(text.substring(start, end));
            if (org.isPresent()) {
                return Optional.of(new BodyMatch(org.get(), start, end));
            }
        }
        return Optional.empty();
    }

    private boolean fitsContext(String text, BodyMatch m, Set<Integer> placeEnds) {
        String form = text.substring(m.start(), m.end());
        if (bodies.isBlockedBy(m.organization(), text, m.end())) {
            return false;
        }
        if (BodyList.isAscii(form)) {
            return standsAsWord(text, m);
        }
        return !(isDomesticBody(m.organization()) && !BodyList.hasNationalPrefix(form)
                && (placeEnds.contains(m.start()) || followsLocalMarker(text, m.start())));
    }

    private static boolean isDomesticBody(Organization org) {
        return org.kind() != OrganizationKind.MEDIA && org.kind() != OrganizationKind.INTERNATIONAL;
    }

    private static boolean followsLocalMarker(String text, int start) {
        return start > 0 && LOCAL_MARKERS.indexOf(text.charAt(start - 1)) >= 0;
    }

    private static boolean standsAsWord(String text, BodyMatch m) {
        return (m.start() == 0 || !isLatinOrDigit(text.charAt(m.start() - 1)))
                && (m.end() == text.length() || !isLatinOrDigit(text.charAt(m.end())));
    }

    private static boolean isLatinOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }
}
