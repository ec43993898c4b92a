package org.cbeckg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cbeckg.TestArticles;
import org.cbeckg.article.Article;
import org.cbeckg.model.EventFact;
import org.junit.jupiter.api.Test;

class EventExtractorTest {

    private static final LocalDate DAY = LocalDate.of(2023, 6, 15);
    private static final String APPROVAL_2022 = "关于同意在鄂尔多斯等27个城市和地区设立跨境电子商务综合试验区的批复";

    private static List<EventFact> events(Article article) {
        return new EventExtractor().extract(article, TestPlaces.withPlacesAndBodies(article));
    }

    /** Each event as "kind|date|organiser|label". */
    private static Set<String> rows(Article article) {
        return events(article).stream().map(e -> e.kind().code() + "|" + e.date() + "|"
                + (e.organizer() == null ? null : e.organizer().name()) + "|" + e.label()).collect(Collectors.toSet());
    }

    private static Set<String> rows(String... paragraphs) {
        return rows(TestArticles.of(DAY, paragraphs));
    }

    @Test
    void seed000PressConferenceAndEvaluation() {
        assertEquals(Set.of("press_conference|2022-04-21|商务部|例行新闻发布会",
                "evaluation|null|商务部|跨境电商综试区首次评估（全国前五批105个跨境电商综试区综合评估）"),
                rows(TestArticles.seed("000")));
    }

    @Test
    void seed001PressConferenceAndApproval() {
        assertEquals(Set.of("press_conference|2022-02-17|商务部|例行新闻发布会", "approval|2022|国务院|" + APPROVAL_2022),
                rows(TestArticles.seed("001")));
    }

    @Test
    void seed002ApprovalButNotTheHistoryOrThePlannedEvaluations() {
        assertEquals(Set.of("approval|2022|国务院|" + APPROVAL_2022), rows(TestArticles.seed("002")));
    }

    @Test
    void seed003MergesTheActWithTheDocumentItIssued() {
        assertEquals(Set.of("approval|2022|国务院|" + APPROVAL_2022), rows(TestArticles.seed("003")));
    }

    @Test
    void seed004PartyPressConferenceWithAQuotedTitle() {
        assertEquals(Set.of("press_conference|2022-05-20|中共中央宣传部|“打通内外贸，构建双循环”有关情况发布会"),
                rows(TestArticles.seed("004")));
    }

    @Test
    void pressConferencesOfOtherBodies() {
        assertEquals(Set.of("press_conference|2023-06-15|国务院新闻办公室|新闻发布会"),
                rows("国务院新闻办公室今天上午举行新闻发布会，国家统计局局长介绍有关情况。"));
        assertEquals(Set.of("press_conference|2023-06-13|国务院新闻办公室|新闻发布会"),
                rows("6月13日，海关总署新闻发言人吕大良在国新办新闻发布会上介绍，进出口保持增长。"));
        assertEquals(Set.of("press_conference|2023-06-14|国家发展改革委|例行新闻发布会"),
                rows("国家发展改革委14日举行例行新闻发布会。新闻发言人孟玮在发布会上表示，项目建设加快。"));
    }

    @Test
    void theBodyThatHoldsAConferenceOrganisesItAndLaterMentionsReferBack() {
        assertEquals(Set.of("press_conference|2023-06-14|杭州市人民政府新闻办公室|杭州跨境电商发展情况新闻发布会"),
                rows("杭州市人民政府新闻办公室14日召开新闻发布会，介绍杭州跨境电商发展情况。",
                        "杭州市商务局局长在发布会上说，今年以来出口保持增长。"));
    }

    @Test
    void anUndatedCaptionIsTheConferenceDatedInTheText() {
        assertEquals(Set.of("press_conference|2023-06-14|商务部|例行新闻发布会"),
                rows("商务部例行新闻发布会现场。", "6月14日，在商务部召开的例行新闻发布会上，新闻发言人表示，外贸稳中向好。"));
    }

    @Test
    void aStateCouncilExecutiveMeetingThatDeploysPolicyIsAnOtherEvent() {
        assertEquals(Set.of("other|2023-06-02|国务院|国务院常务会议（部署促进跨境电商健康发展）"),
                rows("6月2日召开的国务院常务会议部署促进跨境电商健康发展。", "根据国务院常务会议部署，各地加快落实。"));
        assertEquals(Set.of(), rows("2015年1月，国务院常务会议决定设立杭州综试区。"));
    }

    @Test
    void theDatelineDatesAConferenceTheSentenceDoesNot() {
        assertEquals(Set.of("press_conference|2023-06-08|商务部|例行新闻发布会"),
                rows("新华社北京6月8日电 商务部新闻发言人束珏婷在例行新闻发布会上表示，外贸稳中向好。"));
    }

    @Test
    void aConferenceStillToComeIsNoEvent() {
        assertEquals(Set.of(), rows("国新办将于明天举行新闻发布会，介绍有关情况。"));
    }

    @Test
    void anApprovalReportedAsNews() {
        assertEquals(Set.of("approval|2023|国务院|关于同意在廊坊等33个城市和地区设立跨境电子商务综合试验区的批复"),
                rows("日前，国务院印发《国务院关于同意在廊坊等33个城市和地区设立跨境电子商务综合试验区的批复》，"
                        + "同意在廊坊市、沧州市等33个城市和地区设立综试区。"));
    }

    @Test
    void anApprovalWithAStatedDay() {
        assertEquals(Set.of("approval|2023-01-18|国务院|批复同意在廊坊市等33个城市和地区设立跨境电子商务综合试验区"),
                rows("1月18日，国务院批复同意在廊坊市等33个城市和地区设立跨境电子商务综合试验区。"));
    }

    @Test
    void theApprovalsOwnDateBeatsTheDayItsReplyWasPublished() {
        assertEquals(Set.of("approval|2023-06-02|国务院|关于同意在宜昌等10个城市设立跨境电子商务综合试验区的批复"),
                rows("6月12日，中国政府网刊发《国务院关于同意在宜昌等10个城市设立跨境电子商务综合试验区的批复》。"
                        + "根据批复，国务院于6月2日同意在宜昌市、襄阳市等10个城市设立跨境电子商务综合试验区。"));
        assertEquals(Set.of("approval|2023-06-12|国务院|关于同意在宜昌等10个城市设立跨境电子商务综合试验区的批复"),
                rows("6月12日，中国政府网刊发《国务院关于同意在宜昌等10个城市设立跨境电子商务综合试验区的批复》。"));
    }

    @Test
    void anApprovalOfLastYearToldWithItsMonth() {
        assertEquals(Set.of("approval|2022-12|国务院|批复同意在宜昌市等10个城市设立第八批综试区"),
                rows("去年12月，国务院批复同意在宜昌市等10个城市设立第八批综试区。"));
    }

    @Test
    void anActIsNotMergedIntoAnEarlierBatchsReply() {
        assertEquals(Set.of("approval|2023|国务院|批复同意在廊坊等33个城市和地区设立跨境电子商务综合试验区"),
                rows("近日，国务院批复同意在廊坊等33个城市和地区设立跨境电子商务综合试验区。",
                        "根据《国务院关于同意在天津等12个城市设立跨境电子商务综合试验区的批复》，天津先行先试。"));
    }

    @Test
    void approvalsToldAsHistoryAreNoEvents() {
        assertEquals(Set.of(), rows("2015年3月，国务院批复同意设立中国（杭州）跨境电子商务综合试验区。"
                + "此后，国务院又先后六批批准设立综试区。"));
        assertEquals(Set.of(), rows("根据《国务院关于同意设立中国（杭州）跨境电子商务综合试验区的批复》，杭州先行先试。"));
    }

    @Test
    void anEvaluationDoneIsAnEventButAPlanIsNot() {
        assertEquals(Set.of("evaluation|null|商务部|第六批综试区考核评估"),
                rows("近日，商务部会同有关部门对第六批综试区开展了考核评估。"));
        assertEquals(Set.of(), rows("商务部将定期开展评估，完善综试区评估和退出机制。"));
    }

    @Test
    void anEvaluationCarriedOut() {
        assertEquals(Set.of("evaluation|null|商务部|2023年度综试区考核评估"),
                rows("发言人介绍，商务部近期组织开展了2023年度综试区考核评估工作。"));
        assertEquals(Set.of(), rows("商务部将组织开展2023年度综试区考核评估工作。"));
    }

    @Test
    void anEvaluationWithAStatedDate() {
        assertEquals(Set.of("evaluation|2023-05|商务部|2022年度综试区评估"),
                rows("2023年5月，商务部公布了2022年度综试区评估结果。"));
        assertEquals(Set.of("evaluation|null|商务部|综试区综合评估"),
                rows("6月8日，商务部新闻发言人表示，商务部对综试区进行了综合评估。"));
    }

    @Test
    void evaluationResultsABodyReleasesAtAPressConferenceAreDatedByIt() {
        assertEquals(Set.of("press_conference|2023-06-14|浙江省人民政府新闻办公室|新闻发布会",
                        "evaluation|2023-06-14|浙江省商务厅|2022年度全省跨境电子商务综合试验区建设成效考核评估"),
                rows("6月14日，浙江省人民政府新闻办公室召开新闻发布会，浙江省商务厅发布2022年度全省跨境电子商务综合试验区"
                        + "建设成效考核评估结果。"));
        assertEquals(Set.of("evaluation|null|商务部|综试区年度评估"),
                rows("6月8日，商务部新闻发言人表示，商务部公布了综试区年度评估结果。"));
    }

    @Test
    void aDatedDocumentABodyPublishesIsAnOtherEvent() {
        assertEquals(Set.of("other|2023-05-20|海关总署|发布《关于优化跨境电商零售进口商品退货监管的公告》（海关总署公告2023年第12号）"),
                rows("海关总署5月20日发布《关于优化跨境电商零售进口商品退货监管的公告》（海关总署公告2023年第12号），"
                        + "自发布之日起施行。"));
        assertEquals(Set.of("other|2023-06-08|商务部|印发《关于加快跨境电商海外仓发展的实施方案》"),
                rows("6月8日，商务部等6部门联合印发《关于加快跨境电商海外仓发展的实施方案》，提出十项举措。"));
    }

    @Test
    void citedUndatedPlannedOrPastDocumentsAreNoEvents() {
        assertEquals(Set.of(), rows("根据《关于促进跨境电商健康发展的指导意见》，各地加快推进综试区建设。"));
        assertEquals(Set.of(), rows("商务部印发《关于做好跨境电商统计工作的通知》，要求各地按季度报送数据。"));
        assertEquals(Set.of(), rows("2021年3月，商务部印发《关于做好跨境电商统计工作的通知》。"));
        assertEquals(Set.of(), rows("发言人介绍，去年9月，商务部印发《关于做好跨境电商统计工作的通知》。"));
        assertEquals(Set.of(), rows("6月10日，发言人说，商务部将出台《跨境电商海外仓管理办法》。"));
    }

    @Test
    void aDatedMeetingABodyHostsIsAnOtherEvent() {
        assertEquals(Set.of("other|2023-05-18|宁波市人民政府|2023中国跨境电商发展峰会"),
                rows("5月18日，由宁波市人民政府主办的2023中国跨境电商发展峰会在宁波开幕。"));
        assertEquals(Set.of("other|2023-06-09|商务部|跨境电商综试区建设工作推进会"),
                rows("商务部6月9日召开跨境电商综试区建设工作推进会，部署下一阶段工作。"));
        assertEquals(Set.of("other|2023-06-10|商务部|第二届全球跨境电商数字贸易博览会"),
                rows("由商务部主办、浙江省人民政府承办的第二届全球跨境电商数字贸易博览会于6月10日在杭州开幕。"));
    }

    @Test
    void plannedUndatedOrPastMeetingsAreNoEvents() {
        assertEquals(Set.of(), rows("由商务部主办的跨境电商交易会将于7月在广州举行。"));
        assertEquals(Set.of(), rows("杭州市人民政府多次举办跨境电商对接会，帮助企业拓展市场。"));
        assertEquals(Set.of(), rows("2019年，商务部举办了首届跨境电商发展大会。"));
        assertEquals(Set.of(), rows("我们在北京和世界海关组织共同举办了世界海关跨境电商大会。"));
    }

    @Test
    void aBodyRightAfterTheHoldingVerbOpensTheConferencesName() {
        assertEquals(Set.of("press_conference|2023-06-05|国务院新闻办公室|国务院政策例行吹风会"),
                rows("6月5日，国务院新闻办公室举行国务院政策例行吹风会，介绍稳外贸有关情况。新闻发言人主持吹风会。"));
    }

    @Test
    void anActAfterTheBodyIssuedItsReplyDatedByTheStatedApprovalDate() {
        assertEquals(Set.of("approval|2023-05-28|国务院|同意在宜昌市等10个城市设立跨境电子商务综合试验区"),
                rows("国务院日前下发批复，同意在宜昌市等10个城市设立跨境电子商务综合试验区。",
                        "据悉，这批城市为第八批综试区，批复时间为2023年5月28日。"));
        assertEquals(Set.of("approval|2023|国务院|同意在宜昌市等10个城市设立跨境电子商务综合试验区"),
                rows("国务院日前下发批复，同意在宜昌市等10个城市设立跨境电子商务综合试验区。"));
    }

    @Test
    void anEvaluationCarriedOutThisYearIsDatedByThePublicationYear() {
        assertEquals(Set.of("evaluation|2023|商务部|2022年度综试区考核评估"),
                rows("商务部今年组织开展了2022年度综试区考核评估，结果已通报各地。"));
    }

    @Test
    void aDocumentNamedByItsNumberIsAnOtherEvent() {
        assertEquals(Set.of("other|2023|海关总署|发布2023年第18号公告"),
                rows("海关总署近日发布2023年第18号公告，明确跨境电商零售进口退货有关事项。"));
        assertEquals(Set.of(), rows("根据海关总署2023年第18号公告，企业可申请退货。"));
    }
}
