package org.cbeckg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.cbeckg.TestArticles;
import org.cbeckg.article.Article;
import org.junit.jupiter.api.Test;

/**
 * Meetings, forums and ceremonies told as held, dates carried to the sentence that goes on with an event, the
 * decision of an executive meeting and the reply after it as two approvals, a reply's signing date, and evaluation
 * results released 日前. Every sentence is made up.
 */
class MeetingEventsTest {

    private static final LocalDate DAY = LocalDate.of(2023, 6, 15);

    /** Each event as "kind|date|organiser|label". */
    private static Set<String> rows(String... paragraphs) {
        Article article = TestArticles.of(DAY, paragraphs);
        return new EventExtractor().extract(article, TestPlaces.withPlacesAndBodies(article)).stream()
                .map(e -> e.kind().code() + "|" + e.date() + "|"
                        + (e.organizer() == null ? null : e.organizer().name()) + "|" + e.label())
                .collect(Collectors.toSet());
    }

    @Test
    void aForumToldAsHeldIsAnEventHostedByTheBodyOfTheNextSentence() {
        assertEquals(Set.of("other|2023-06-10|浙江省商务厅|2023西湖跨境电商合作论坛"),
                rows("6月10日，2023西湖跨境电商合作论坛在杭州举行。论坛由浙江省商务厅主办，200多家企业参加。"));
    }

    @Test
    void anOnSiteMeetingHostedByTheHomeProvincesGovernment() {
        assertEquals(Set.of("other|2023-06-09|浙江省人民政府|全省跨境电商综试区建设现场会"),
                rows("6月9日，全省跨境电商综试区建设现场会在宁波召开。会议由省政府主办，省商务厅承办。"));
    }

    @Test
    void aFoundingAssemblyIsHeldByTheBodyItFounds() {
        assertEquals(Set.of("other|2023-06-03|杭州市跨境电子商务协会|杭州市跨境电子商务协会成立大会暨第一届会员大会"),
                rows("6月3日，杭州市跨境电子商务协会成立大会暨第一届会员大会召开。会议选举产生了第一届理事会。"));
    }

    @Test
    void aCeremonyStillToComeOrOfLastYearIsNoEvent() {
        assertEquals(Set.of(), rows("跨境电商出口专线启动仪式将于7月在宁波举行。"));
        assertEquals(Set.of(), rows("去年6月，跨境电商出口专线启动仪式在宁波举行。"));
    }

    @Test
    void aReportReleasedAtTheMeetingTakesTheMeetingsDate() {
        assertEquals(Set.of("other|2023-06-12|null|2023甬江跨境电商峰会",
                "evaluation|2023-06-12|商务部研究院|发布《跨境电商综试区发展评估报告（2023）》"),
                rows("6月12日，2023甬江跨境电商峰会在宁波举行。", "会上，商务部研究院发布了《跨境电商综试区发展评估报告（2023）》。"));
    }

    @Test
    void anExecutiveMeetingThatDecidesABatchAndTheReplyAreTwoApprovals() {
        assertEquals(Set.of("approval|2023-05-10|国务院|国务院常务会议（决定再新设18个跨境电商综试区）",
                "approval|2023-05-22|国务院|关于同意在张家口等18个城市设立跨境电子商务综合试验区的批复"),
                rows("5月10日召开的国务院常务会议决定，在已设立165个综试区的基础上，再新设18个跨境电商综试区。",
                        "中国政府网6月2日公布《国务院关于同意在张家口等18个城市设立跨境电子商务综合试验区的批复》。"
                                + "国务院于5月22日批复同意，在张家口市等18个城市设立跨境电子商务综合试验区。"));
    }

    @Test
    void theDaysTheReplyWasSignedDatesTheApproval() {
        assertEquals(Set.of("approval|2023-06-01|国务院|同意在张家口市等18个城市设立跨境电子商务综合试验区"),
                rows("中国政府网14日公布国务院批复，同意在张家口市等18个城市设立跨境电子商务综合试验区。批复落款日期为6月1日。"));
    }

    @Test
    void evaluationResultsPublished日前AreOfThePublicationYear() {
        assertEquals(Set.of("evaluation|2023|商务部|2022年度跨境电子商务综合试验区评估"),
                rows("商务部日前公布2022年度跨境电子商务综合试验区评估结果，杭州等10个综试区获评成效明显。"));
    }
}
