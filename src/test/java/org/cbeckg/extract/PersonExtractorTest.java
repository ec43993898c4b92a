package org.cbeckg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cbeckg.TestArticles;
import org.cbeckg.article.Article;
import org.cbeckg.model.FactKind;
import org.cbeckg.model.PersonMention;
import org.junit.jupiter.api.Test;

class PersonExtractorTest {

    private static final LocalDate DAY = LocalDate.of(2023, 6, 15);

    private static List<PersonMention> persons(Article article) {
        return PersonExtractor.standard().extract(article, TestPlaces.withPlacesAndBodies(article));
    }

    /** Each person as "name|post|organisation|kind", the columns the gold scores. */
    private static Set<String> rows(Article article) {
        return persons(article).stream().map(p -> p.name() + "|" + p.post() + "|"
                + (p.organization() == null ? null : p.organization().name()) + "|" + p.kind().code())
                .collect(Collectors.toSet());
    }

    private static Set<String> rows(String... paragraphs) {
        return rows(TestArticles.of(DAY, paragraphs));
    }

    @Test
    void seed000() {
        assertEquals(Set.of("周頔|记者|澎湃新闻|journalist", "高峰|新闻发言人|商务部|official", "李跃群|责任编辑|null|editor",
                "蒋立冬|图片编辑|null|editor", "吴剑|责任编辑|null|editor"), rows(TestArticles.seed("000")));
    }

    @Test
    void seed001() {
        assertEquals(Set.of("周頔|记者|澎湃新闻|journalist", "高峰|新闻发言人|商务部|official", "李墨轩|责任编辑|null|editor"),
                rows(TestArticles.seed("001")));
    }

    @Test
    void seed002() {
        assertEquals(Set.of("张亚楠|责任编辑|null|editor"), rows(TestArticles.seed("002")));
    }

    @Test
    void seed003ReadsTheDatelineAndLeavesOutTheNamelessExpert() {
        assertEquals(Set.of("邹多为|记者|新华社|journalist", "于佳欣|记者|新华社|journalist", "刘万里|责任编辑|null|editor"),
                rows(TestArticles.seed("003")));
    }

    @Test
    void seed004ReadsThePhotoCredit() {
        assertEquals(Set.of("周頔|记者|澎湃新闻|journalist", "盛秋平|副部长|商务部|official", "王令浚|副署长|海关总署|official",
                "吴剑|责任编辑|null|editor"), rows(TestArticles.seed("004")));
    }

    @Test
    void onePersonPerArticleWithTheMostInformativeMention() {
        List<PersonMention> found = persons(TestArticles.seed("000"));
        assertEquals(1, found.stream().filter(p -> p.name().equals("高峰")).count());
        PersonMention gao = found.stream().filter(p -> p.name().equals("高峰")).findFirst().orElseThrow();
        assertEquals("商务部新闻发言人高峰", gao.evidence().exact());
    }

    @Test
    void spokespersonOfAnotherCommission() {
        assertEquals(Set.of("孟玮|新闻发言人|国家发展改革委|official"),
                rows("国家发展改革委新闻发言人孟玮表示，今年以来项目建设加快推进。孟玮说，下一步将加强调度。"));
    }

    @Test
    void officialWithADepartmentBetweenBodyAndPost() {
        // a ministry's department (司) is a body of its own, of the ministry's kind
        assertEquals(Set.of("李兴乾|司长|商务部对外贸易司|official"), rows("商务部对外贸易司司长李兴乾介绍，外贸稳中提质。"));
        assertEquals(Set.of("王丽|统计分析处处长|宁波海关|official"), rows("宁波海关统计分析处处长王丽表示，出口增长较快。"));
    }

    @Test
    void aDepartmentKeepsItsPlaceBeforeAChainOfPosts() {
        assertEquals(Set.of("郑明|新闻局局长、新闻发言人|海关总署|official"),
                rows("海关总署新闻局局长、新闻发言人郑明介绍，通关时间持续压缩。"));
    }

    @Test
    void vagueWordsBeforeAPostAreNoDepartment() {
        assertEquals(Set.of("王明|负责人|商务部|official"), rows("商务部相关司局负责人王明表示，政策将延续。"));
    }

    @Test
    void verbsOfActingAndADateMayFollowAName() {
        assertEquals(Set.of("刘国华|副总理|国务院|official"), rows("国务院副总理刘国华5月20日主持召开会议，研究外贸工作。"));
        assertEquals(Set.of("陈伟|副省长|浙江省人民政府|official"), rows("浙江省副省长陈伟部署推进综试区建设。"));
    }

    @Test
    void givenNamesMayEndIn前AndRegionalSurnamesCount() {
        assertEquals(Set.of("林志前|新闻发言人|商务部|official"), rows("商务部新闻发言人林志前表示，将稳住外贸。"));
        assertEquals(Set.of("楼建国|副市长|宁波市人民政府|official"), rows("宁波市人民政府副市长楼建国介绍，口岸效率提升。"));
    }

    @Test
    void theStrongerPostOfAChainIsReported() {
        assertEquals(Set.of("王受文|副部长|商务部|official"), rows("商务部党组成员、副部长王受文指出，要稳住外贸。"));
    }

    @Test
    void postsOfEqualStandingAreKeptAsWorded() {
        assertEquals(Set.of("陆文清|新闻发言人、综合司司长|商务部|official"),
                rows("商务部新闻发言人、综合司司长陆文清介绍，一季度外贸开局平稳。"));
        assertEquals(Set.of("蒋明辉|副部长兼国际贸易谈判副代表|商务部|official"),
                rows("商务部副部长兼国际贸易谈判副代表蒋明辉表示，将扩大开放。"));
    }

    @Test
    void aListOfBodiesIsNoChainOfPosts() {
        assertEquals(Set.of("沈建|新闻发言人|商务部|official"), rows("财政部、商务部新闻发言人沈建表示，政策已落地。"));
    }

    @Test
    void aViceGovernorBelongsToTheProvincialGovernment() {
        assertEquals(Set.of("罗强|副省长|四川省人民政府|official"), rows("四川省副省长罗强在会上强调，要推动综试区建设。"));
    }

    @Test
    void aDeskOrSubBrandMayStandBetweenMediumAndRole() {
        assertEquals(Set.of("林晓|记者|扬子晚报|journalist"), rows("扬子晚报全媒体记者　林晓", "南京跨境电商增长较快。"));
        assertEquals(Set.of("赵一鸣|记者|华商报|journalist"), rows("华商报·大风新闻记者 赵一鸣", "西安外贸企业加快出海。"));
    }

    @Test
    void mongolianAndTransliteratedNamesInStructuralPositions() {
        assertEquals(Set.of("乌日根|处长|商务部|official"), rows("商务部处长乌日根表示，政策将延续。").stream()
                .filter(r -> r.startsWith("乌")).collect(Collectors.toSet()));
        assertEquals(Set.of("包日乐|责任编辑|null|editor"), rows("外贸稳中有进。", "责任编辑：包日乐 SF101"));
        assertEquals(Set.of("买买提·艾力|处长|商务部|official"), rows("商务部处长买买提·艾力介绍，口岸通关更快。"));
    }

    @Test
    void academicsAreExperts() {
        assertEquals(Set.of("王健|教授|对外经济贸易大学|expert"), rows("对外经济贸易大学教授王健认为，扩围有利于稳外贸。"));
        assertEquals(Set.of("李鸣涛|院长|null|expert"), rows("某研究院院长李鸣涛表示，海外仓建设进入新阶段。"));
    }

    @Test
    void expertsSpeakForTheirInstitution() {
        assertEquals(Set.of("周嘉怡|副教授|贵州大学|expert"), rows("贵州大学副教授周嘉怡表示，物流成本仍是短板。"));
        assertEquals(Set.of("吴振宇|副研究员|中国社会科学院工业经济研究所|expert"),
                rows("中国社科院工业经济研究所副研究员吴振宇指出，产业带出海加快。"));
    }

    @Test
    void journalistsOfALocalMedium() {
        assertEquals(Set.of("陈思远|记者|宁波日报|journalist"), rows("宁波日报记者 陈思远", "正文。"));
    }

    @Test
    void aPlaceBeforeReportIsTheDatelineNotAName() {
        assertEquals(Set.of("沈一帆|记者|第一财经|journalist"), rows("第一财经记者 沈一帆 杭州报道", "正文。"));
    }

    @Test
    void ourPaperIsTheOneNewspaperTheCreditsName() {
        assertEquals(Set.of("方圆|记者|经济日报|journalist", "谢涛|记者|经济日报|journalist"),
                rows("本报杭州6月3日电（记者方圆）浙江外贸稳中有进。", "图为宁波舟山港。经济日报记者 谢涛 摄"));
        assertEquals(Set.of("方圆|记者|null|journalist", "谢涛|记者|新华社|journalist"),
                rows("本报杭州6月3日电（记者方圆）浙江外贸稳中有进。", "图为宁波舟山港。新华社记者 谢涛 摄"));
    }

    @Test
    void ourPaperIsTheOneASourceCreditNames() {
        assertEquals(Set.of("张华|记者|经济日报|journalist"),
                rows("本报北京5月8日讯（记者张华）外贸企业订单回暖。", "企业负责人对前景有信心。（经济日报）"));
        assertEquals(Set.of("张华|记者|大众日报|journalist"),
                rows("本报济南5月8日讯（记者张华）外贸企业订单回暖。", "来源：大众日报"));
    }

    @Test
    void anEditorCreditedAfterAMediumBelongsToIt() {
        assertEquals(Set.of("胡泽宇|记者|第一财经|journalist", "郑雪|编辑|第一财经|editor"),
                rows("第一财经记者 胡泽宇\u3000第一财经编辑 郑雪", "正文。"));
    }

    @Test
    void bylinesOfOtherMedia() {
        assertEquals(Set.of("李晓琳|记者|中新网|journalist", "张可|记者|中新网|journalist"),
                rows("中新网北京3月5日电（记者 李晓琳 张可）两会期间，代表委员热议外贸。"));
        assertEquals(Set.of("刘洋|记者|null|journalist", "陈晨|通讯员|null|journalist"), rows("本报记者 刘洋 通讯员 陈晨"));
        assertEquals(Set.of("胡泽宇|记者|第一财经|journalist"), rows("第一财经记者 胡泽宇", "正文。"));
    }

    @Test
    void editorCreditsOfOtherForms() {
        assertEquals(Set.of("王小明|编辑|null|editor", "赵敏|校对|null|editor"), rows("正文。", "（编辑 王小明）", "校对：赵敏"));
        assertEquals(Set.of("欧阳晓|责任编辑|null|editor"), rows("正文。", "责任编辑：欧阳晓 AB012"));
        assertEquals(Set.of("孙岩|责编|null|editor", "田野|记者|null|journalist", "林立|实习生|null|journalist"),
                rows("文/记者 田野 实习生 林立", "正文。", "【责编：孙岩_NF5619】"));
    }

    @Test
    void runningTextIsNoByline() {
        assertEquals(Set.of(), rows("记者了解到，记者查询，发现多家企业。记者从商务部获悉，编辑出版工作顺利。"));
    }

    @Test
    void commonWordsAfterPostsAreNoNames() {
        assertEquals(Set.of(), rows("新闻发言人高峰期间答问。“部长通道”上人气很旺，主席台上坐满嘉宾。"));
        assertEquals(Set.of(), rows("专家认为，有关部门负责人表示要加强协调。"));
        assertEquals(Set.of(), rows("该协会副会长单位、理事单位共有50家。"));
    }

    @Test
    void requiresBodiesAndPlaces() {
        assertTrue(PersonExtractor.standard().requires().containsAll(Set.of(FactKind.ORGANIZATION, FactKind.PLACE)));
    }

    @Test
    void aBylineAndAnEditorCreditSeparatedByABar() {
        assertEquals(Set.of("周岚|记者|界面新闻|journalist", "高远|编辑|界面新闻|editor"),
                rows("界面新闻记者 | 周岚", "界面新闻编辑 | 高远", "跨境电商出口保持增长。"));
    }
}
