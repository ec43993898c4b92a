package org.cbeckg.extract.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cbeckg.extract.bodies.BodiesInText;
import org.cbeckg.extract.bodies.BodyMatch;
import org.cbeckg.lang.lexicon.Lexicon;
import org.cbeckg.model.Organization;
import org.cbeckg.model.OrganizationKind;
import org.cbeckg.model.PersonKind;

/**
 * Finds journalists in bylines, datelines and photo credits: 澎湃新闻记者 周頔 ; 某某日报全媒体记者 张三 (a desk or
 * sub-brand between medium and role: 全媒体, 融媒体, ·视频品牌) ; 新华社北京2月8日电（记者邹多为、于佳欣）;
 * …现场 澎湃新闻记者 周頔 摄 ; 本报记者 张三 通讯员 李四. The medium is the one named right before the role or at
 * the head of the dateline. 本报 (本台, 本网) is the one newspaper (broadcaster, site) whose staff the article's other
 * credits name (本报北京电（记者甲） with a photo credit 人民日报记者 乙 摄) or that a source credit names (a medium alone in
 * brackets, （经济日报）, or after 来源：); failing one, it stays unknown. A place
 * right before 报道 is the byline's dateline, not a name (记者 钟某 杭州报道). A role in running text (记者了解到,
 * 记者查询，…) is no byline: a byline starts a line, follows a medium or a bracket, and its names end the line, a
 * bracket or the credit.
 *
 * <pre>{@code
 * List<PersonFound> journalists = new BylineReader(Posts.standard(), finder).read(bodiesInText);
 * }</pre>
 */
public final class BylineReader {

    private static final Lexicon LEXICON = Lexicon.of("byline-reader");

    /** The most chars between a medium and a byline role: a dateline's place and date (北京2月8日电（). */
    private static final int MAX_DATELINE = 16;
    private static final List<String> OWN_MEDIUM = LEXICON.words("own-medium");
    /** What the name of the medium 本报, 本台 or 本网 stands for ends with. */
    private static final Map<String, String> OWN_MEDIUM_ENDINGS = Map.of("本报", "报", "本台", "台", "本网", "网");
    private static final String DATELINE_END = LEXICON.text("dateline-end");
    /** A source label right before a medium: 来源：经济日报, 稿源: 大众日报. */
    private static final Pattern SOURCE_LABEL = LEXICON.pattern("source-label");
    private static final int SOURCE_LABEL_LENGTH = 6;
    /** A desk or sub-brand between a medium and the role: 湖南日报全媒体记者, 大河报·豫视频记者. */
    private static final Pattern DESK = LEXICON.pattern("desk");
    private static final int LONGEST_DESK = 7;

    private final Posts posts;
    private final NameFinder names;

    public BylineReader(Posts posts, NameFinder names) {
        this.posts = posts;
        this.names = names;
    }

    public List<PersonFound> read(BodiesInText in) {
        List<PersonFound> found = new ArrayList<>();
        String text = in.text();
        for (int i = 0; i < text.length(); i++) {
            Optional<Post> post = posts.longestAt(text, i).filter(p -> p.role() == Post.Role.JOURNALIST);
            if (post.isPresent() && startsByline(in, i)) {
                found.addAll(byline(in, i, post.get()));
            }
        }
        return List.copyOf(found);
    }

    private boolean startsByline(BodiesInText in, int index) {
        String text = in.text();
        if (index == 0 || "\n（(【[ \u00A0/|｜".indexOf(text.charAt(index - 1)) >= 0) {
            return true;
        }
        return OWN_MEDIUM.stream().anyMatch(m -> text.startsWith(m, index - m.length()))
                || in.bodiesEndingAt(index).stream().anyMatch(BylineReader::isMedium)
                || afterMediumAndDesk(in, index);
    }

    /** 全媒体 or ·豫视频 right before the role, and a medium right before that. */
    private static boolean afterMediumAndDesk(BodiesInText in, int index) {
        Matcher m = DESK.matcher(in.text().substring(Math.max(0, index - LONGEST_DESK), index));
        if (!m.find()) {
            return false;
        }
        int deskStart = index - m.group().length();
        return in.bodiesEndingAt(deskStart).stream().anyMatch(BylineReader::isMedium);
    }

    private List<PersonFound> byline(BodiesInText in, int postStart, Post post) {
        int namesStart = skipColonAndSpaces(in.text(), postStart + post.length());
        Optional<NameList> list = NameList.readAt(names, in.text(), namesStart);
        if (list.isEmpty()) {
            return List.of();
        }
        Optional<BodyMatch> medium = in.bodyBefore(postStart, MAX_DATELINE, BylineReader::isMedium);
        Organization org = medium.map(BodyMatch::organization).orElseGet(() -> ownMedium(in, postStart));
        int start = medium.map(BodyMatch::start).orElse(postStart);
        return list.get().names().stream().filter(n -> !isDateline(in, n)).map(n -> new PersonFound(n.name(),
                post.title(), org, PersonKind.JOURNALIST, start, n.start() + n.name().length())).toList();
    }

    /** 杭州 in 记者 钟某 杭州报道: a place followed by 报道 says where the report was filed. */
    private static boolean isDateline(BodiesInText in, NameList.Listed n) {
        return in.text().startsWith(DATELINE_END, n.start() + n.name().length())
                && in.placeStartingAt(n.start()).isPresent();
    }

    /** The medium 本报 (本台, 本网) before a byline stands for, when the article's credits name exactly one. */
    private static Organization ownMedium(BodiesInText in, int postStart) {
        int from = Math.max(0, postStart - MAX_DATELINE);
        String before = in.text().substring(from, postStart);
        Optional<String> ending = OWN_MEDIUM_ENDINGS.entrySet().stream().filter(e -> before.contains(e.getKey()))
                .map(Map.Entry::getValue).findFirst();
        if (ending.isEmpty()) {
            return null;
        }
        List<Organization> credited = in.bodies().stream().filter(BylineReader::isMedium)
                .filter(b -> creditsStaff(in, b) || isSourceCredit(in.text(), b)).map(BodyMatch::organization)
                .filter(o -> o.name().endsWith(ending.get())).distinct().toList();
        return credited.size() == 1 ? credited.get(0) : null;
    }

    /** A medium right before a journalist's role: 人民日报记者. */
    private static boolean creditsStaff(BodiesInText in, BodyMatch medium) {
        return in.text().startsWith("记者", medium.end()) || in.text().startsWith("摄影记者", medium.end());
    }

    /** A medium credited as the article's source: alone in brackets (（经济日报）) or after 来源：. */
    private static boolean isSourceCredit(String text, BodyMatch medium) {
        boolean bracketed = medium.start() > 0 && medium.end() < text.length()
                && "（(".indexOf(text.charAt(medium.start() - 1)) >= 0 && "）)".indexOf(text.charAt(medium.end())) >= 0;
        String before = text.substring(Math.max(0, medium.start() - SOURCE_LABEL_LENGTH), medium.start());
        return bracketed || SOURCE_LABEL.matcher(before).find();
    }

    private static boolean isMedium(BodyMatch b) {
        return b.organization().kind() == OrganizationKind.MEDIA;
    }

    static int skipColonAndSpaces(String text, int index) {
        int i = index;
        while (i < text.length() && "：: \u00A0\u3000|｜".indexOf(text.charAt(i)) >= 0) { // 界面新闻记者 | 某某
            i++;
        }
        return i;
    }
}
