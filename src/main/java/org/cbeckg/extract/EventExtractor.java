package org.cbeckg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cbeckg.article.Article;
import org.cbeckg.article.NormalisedText;
import org.cbeckg.extract.bodies.BodiesInText;
import org.cbeckg.extract.bodies.BodyMatch;
import org.cbeckg.extract.events.ApprovalReader;
import org.cbeckg.extract.events.DocumentReader;
import org.cbeckg.extract.events.EvaluationReader;
import org.cbeckg.extract.events.EventFound;
import org.cbeckg.extract.events.EventText;
import org.cbeckg.extract.events.ExecutiveMeetingReader;
import org.cbeckg.extract.events.HeldMeetingReader;
import org.cbeckg.extract.events.HostedMeetingReader;
import org.cbeckg.extract.events.PressConferenceReader;
import org.cbeckg.model.EventFact;
import org.cbeckg.model.Extraction;
import org.cbeckg.model.FactKind;

/**
 * Finds the news events an article reports, one fact per event: press conferences (在商务部召开的例行新闻发布会上),
 * approvals (国务院发布《关于同意在…的批复》), evaluations (商务部对…进行了综合评估) and State Council executive
 * meetings (1月6日召开的国务院常务会议部署…, kind other; approval when it decides a batch), documents a body
 * publishes (海关总署6月12日发布《…的公告》, kind other), meetings a body hosts (由…主办的…发展大会在杭州举行, kind
 * other) and meetings, forums and ceremonies
 * told as held (9月12日，…峰会在宁波举行; …现场会召开; …启动仪式举行, kind other). Background history (2015年，
 * 国务院批复…) and plans (将定期开展评估) are not events of the article. Relative dates are read against the
 * publication date; an article without one is dated only by the dates it writes out with their year.
 *
 * <pre>{@code
 * ExtractionPipeline p = ExtractionPipeline.builder().add(placeExtractor).add(OrganizationExtractor.standard())
 *         .add(new EventExtractor()).build();
 * }</pre>
 */
public final class EventExtractor implements Extractor<EventFact> {

    private final PressConferenceReader conferences = new PressConferenceReader();
    private final ApprovalReader approvals = new ApprovalReader();
    private final EvaluationReader evaluations = new EvaluationReader();
    private final ExecutiveMeetingReader meetings = new ExecutiveMeetingReader();
    private final DocumentReader documents = new DocumentReader();
    private final HostedMeetingReader hosted = new HostedMeetingReader();
    private final HeldMeetingReader held = new HeldMeetingReader();

    @Override
    public String name() {
        return "events";
    }

    @Override
    public String version() {
        return "6";
    }

    @Override
    public FactKind produces() {
        return FactKind.EVENT;
    }

    @Override
    public Set<FactKind> requires() {
        return Set.of(FactKind.ORGANIZATION);
    }

    @Override
    public List<EventFact> extract(Article article, Extraction upstream) {
        NormalisedText body = article.view();
        List<BodyMatch> bodies = upstream.organizations().stream().map(m -> new BodyMatch(m.organization(),
                body.charIndex(m.evidence().start()), body.charIndex(m.evidence().end()))).toList();
        LocalDate published = article.publishedDate().orElse(null);
        EventText t = new EventText(new BodiesInText(body.text(), bodies, List.of()), published);
        List<EventFound> found = new ArrayList<>(conferences.read(t));
        found.addAll(approvals.read(t));
        found.addAll(evaluations.read(t));
        found.addAll(meetings.read(t));
        found.addAll(documents.read(t));
        found.addAll(hosted.read(t));
        held.read(t).stream().filter(e -> found.stream().noneMatch(f -> f.label().equals(e.label())
                || f.start() < e.end() && e.start() < f.end())).forEach(found::add);
        return found.stream().map(e -> new EventFact(e.kind(), e.date(), e.organizer(), e.label(),
                body.spanOfChars(e.start(), e.end()))).toList();
    }
}
