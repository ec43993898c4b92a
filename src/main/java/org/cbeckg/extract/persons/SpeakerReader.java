package org.cbeckg.extract.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cbeckg.extract.bodies.BodiesInText;
import org.cbeckg.extract.bodies.BodyMatch;
import org.cbeckg.extract.bodies.ComposedBodies;
import org.cbeckg.extract.bodies.PlaceAt;
import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.model.Organization;
import org.cbeckg.model.OrganizationKind;
import org.cbeckg.model.PersonKind;

/**
 * Finds officials, experts and business people from the structure [body][post][name] + a verb of saying:
 * 商务部新闻发言人高峰表示, 海关总署副署长王令浚表示, 浙江省副省长张三指出, 对外经济贸易大学教授李四认为.
 * The post is the one right before the name (党组成员、副部长 → 副部长); posts of equal standing held together are
 * kept as worded (新闻发言人、统计分析司司长); the body is the nearest one before the first post in the same clause;
 * a 省长 or 市长 right after a place belongs to that place's people's government. An official's post keeps the
 * department written between the body and it (商务部 + 外贸司司长, 海关 + 综合业务处处长, 国务院新闻办公室 +
 * 新闻局副局长、新闻发言人): the department says which 司长 the person is; a post right after its body has none.
 *
 * <pre>{@code
 * List<PersonFound> found = new SpeakerReader(Posts.standard(), new NameFinder(ChineseNames.standard()))
 *         .read(new BodiesInText(text, bodies, places));
 * }</pre>
 */
public final class SpeakerReader {

    private static final Lexicon LEXICON = Lexicon.of("speaker-reader");

    /** The most chars of department name between a body and a post (商务部 + 电子商务和信息化司 + 司长). */
    private static final int MAX_GAP = 20;
    /** The most chars of department name between two joined posts (新闻发言人、 + 统计分析司 + 司长). */
    private static final int MAX_DEPARTMENT = 12;
    private static final List<String> DEPARTMENT_ENDS = LEXICON.words("department-ends");
    private static final String POST_JOINERS = LEXICON.text("post-joiners");
    /** Words that make the words before a post a vague reference, not a department's name (有关司局负责人). */
    private static final List<String> VAGUE_DEPARTMENTS = LEXICON.words("vague-departments");
    private static final String NOT_IN_DEPARTMENTS = LEXICON.text("not-in-departments");
    private static final List<String> ACADEMIC_SUFFIXES = LEXICON.words("academic-suffixes");
    private static final List<String> LOCAL_HEADS = LEXICON.words("local-heads");
    private static final Set<OrganizationKind> GOVERNMENT = Set.of(OrganizationKind.STATE_COUNCIL,
            OrganizationKind.MINISTRY, OrganizationKind.AGENCY, OrganizationKind.CUSTOMS, OrganizationKind.PARTY_DEPT,
            OrganizationKind.PROVINCIAL_DEPT, OrganizationKind.LOCAL_GOVERNMENT);

    private final Posts posts;
    private final NameFinder names;

    public SpeakerReader(Posts posts, NameFinder names) {
        this.posts = posts;
        this.names = names;
    }

    public List<PersonFound> read(BodiesInText in) {
        List<PersonFound> found = new ArrayList<>();
        String text = in.text();
        for (int i = 0; i < text.length(); i++) {
            Optional<PersonFound> person = speakerAt(in, i);
            if (person.isPresent()) {
                found.add(person.get());
                i = person.get().end() - 1;
            }
        }
        return List.copyOf(found);
    }

    private Optional<PersonFound> speakerAt(BodiesInText in, int index) {
        Optional<Post> post = posts.longestAt(in.text(), index).filter(SpeakerReader::isSpeakerPost);
        if (post.isEmpty()) {
            return Optional.empty();
        }
        int nameStart = index + post.get().length();
        return names.speakerAt(in.text(), nameStart)
                .map(name -> person(in, chain(in.text(), index, post.get()), name, nameStart));
    }

    private static boolean isSpeakerPost(Post p) {
        return p.role() != Post.Role.JOURNALIST && p.role() != Post.Role.EDITOR;
    }

    /**
     * The posts held together (党组书记、部长; 教授、博士生导师; 新闻发言人、统计分析司司长), the last one right before
     * the name. {@code reported} is the post that says what the person is; {@code title} is what the person is
     * reported as: that post alone when the others are side titles, else the whole chain as worded.
     */
    private record Chain(int start, Post reported, String title) {
    }

    private Chain chain(String text, int lastStart, Post last) {
        int start = lastStart;
        Post reported = last;
        boolean allStrong = !last.weak();
        for (int joiner = joinerBefore(text, start); joiner > 0; joiner = joinerBefore(text, start)) {
            Optional<Post> before = posts.longestEndingAt(text, joiner);
            if (before.isEmpty()) {
                break;
            }
            start = joiner - before.get().length();
            allStrong &= !before.get().weak();
            if (reported.weak() && !before.get().weak()) {
                reported = before.get();
            }
        }
        boolean joined = start < lastStart;
        String title = joined && allStrong ? text.substring(start, lastStart + last.length()) : reported.title();
        return new Chain(start, reported, title);
    }

    /** Where the 、 or 兼 joining a post to the one before stands: right before it, or before its department. */
    private static int joinerBefore(String text, int postStart) {
        for (int i = postStart - 1; i > 0 && postStart - i <= MAX_DEPARTMENT + 1; i--) {
            char c = text.charAt(i);
            if (POST_JOINERS.indexOf(c) >= 0) {
                String department = text.substring(i + 1, postStart);
                return department.isEmpty() || DEPARTMENT_ENDS.stream().anyMatch(department::endsWith) ? i : -1;
            }
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                return -1;
            }
        }
        return -1;
    }

    private PersonFound person(BodiesInText in, Chain chain, String name, int nameStart) {
        Optional<BodyMatch> body = in.bodyBefore(chain.start(), MAX_GAP, b -> true);
        PersonKind kind = kind(in, chain, body);
        Organization org = organization(in, chain, body, kind);
        int start = body.filter(b -> org == b.organization()).map(BodyMatch::start)
                .or(() -> in.placeEndingAt(chain.start()).filter(p -> org != null).map(PlaceAt::start))
                .orElse(chain.start());
        String department = kind == PersonKind.OFFICIAL && org != null
                ? body.filter(b -> org == b.organization()).map(b -> department(in.text(), b.end(), chain.start()))
                        .orElse("")
                : "";
        return new PersonFound(name, department + chain.title(), org, kind, start, nameStart + name.length());
    }

    /** The department named between a body and a post (外贸司 in 商务部外贸司司长), else empty. */
    private static String department(String text, int bodyEnd, int postStart) {
        String words = text.substring(bodyEnd, postStart);
        boolean named = !words.isEmpty() && DEPARTMENT_ENDS.stream().anyMatch(words::endsWith)
                && words.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                        && NOT_IN_DEPARTMENTS.indexOf(c) < 0)
                && VAGUE_DEPARTMENTS.stream().noneMatch(words::startsWith);
        return named ? words : "";
    }

    private static PersonKind kind(BodiesInText in, Chain chain, Optional<BodyMatch> body) {
        if (chain.reported().role() != Post.Role.OFFICIAL) {
            return chain.reported().role().kind();
        }
        String before = in.text().substring(in.clauseStart(chain.start()), chain.start());
        boolean academic = isAcademic(before) || body.map(b -> isAcademic(b.organization().name())).orElse(false);
        return academic ? PersonKind.EXPERT : PersonKind.OFFICIAL;
    }

    private static Organization organization(BodiesInText in, Chain chain, Optional<BodyMatch> body,
                                             PersonKind kind) {
        if (kind == PersonKind.EXPERT) {
            // an expert speaks for a research body, not for the ministry a think tank may sit under
            return body.map(BodyMatch::organization).filter(o -> !GOVERNMENT.contains(o.kind())).orElse(null);
        }
        if (body.isPresent()) {
            return body.get().organization();
        }
        return isLocalHead(chain.reported()) ? localGovernment(in, chain.start()) : null;
    }

    private static Organization localGovernment(BodiesInText in, int postStart) {
        return in.placeEndingAt(postStart).map(PlaceAt::place).filter(ComposedBodies::canHaveDepartments)
                .map(ComposedBodies::government).orElse(null);
    }

    private static boolean isLocalHead(Post post) {
        return LOCAL_HEADS.stream().anyMatch(post.title()::endsWith);
    }

    private static boolean isAcademic(String text) {
        return ACADEMIC_SUFFIXES.stream().anyMatch(text::endsWith)
                || ACADEMIC_SUFFIXES.stream().anyMatch(s -> text.contains(s) && !text.endsWith("部"));
    }
}
