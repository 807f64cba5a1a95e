package se.medborgarloften.render.view;

import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.CommitmentState;
import se.medborgarloften.model.FollowUp;
import se.medborgarloften.model.LocalizedText;
import se.medborgarloften.model.NewsArticle;
import se.medborgarloften.model.NewsItem;
import se.medborgarloften.model.Organisation;
import se.medborgarloften.model.Promise;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.model.SiteContent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A promise period's page: the period, its neighbours in the area, its commitments arranged as the page shows them
 * (by section, by actor where a section asks for it), each with its follow-up, and the news that announce it.
 *
 * @param previous       the period before this one in its area, or null
 * @param next           the period after this one, or null
 * @param parties        the organisations that make the promise, in the source's order
 * @param anyEffect      whether any problem has a desired effect; when none has, the page says so once
 * @param problems       the problems in the order of the source, each with what its section under "effects" shows
 * @param sections       the commitments by section, in the order of the sections
 * @param otherCommitments the commitments that name no section of the period
 * @param otherActors    the actors every one of otherCommitments shares, when there are several; otherwise empty
 * @param sharedState    what stands in for a status (no follow-up published here, the period running …) when the
 *                       period has several commitments and it is the same for all of them: the page says it once
 *                       for all of them; otherwise null
 * @param followUpRows   one row per commitment for the follow-up's table (empty without a published follow-up)
 * @param findings       the published follow-up's findings, with the problems they concern
 * @param previousFindings the previous period's follow-up's findings, or an empty list
 * @param news           the news items that announce this period, once for each time they do
 * @param signatoriesKey the message key of the heading over the names at the end of the promise
 * @param labels         each commitment's label by id, how the page refers to it outside the list of commitments
 *                       (see CommitmentLabels)
 */
public record PromiseView(AreaHistory area, PromisePeriod period, Promise promise, PromisePeriod previous, PromisePeriod next,
                          List<Organisation> parties,
                          boolean anyEffect, List<ProblemView> problems, List<SectionView> sections,
                          List<CommitmentView> otherCommitments, List<String> otherActors, CommitmentState sharedState,
                          List<FollowUpRow> followUpRows, List<FindingView> findings,
                          List<FindingView> previousFindings, List<NewsArticle> news, String signatoriesKey,
                          Map<String, LocalizedText> labels) {

    /** How the page refers to a commitment of this period outside the list of commitments. */
    public LocalizedText label(Promise.Commitment commitment) {
        return labels.get(commitment.id());
    }

    /**
     * A problem of the situation picture.
     *
     * @param effectSection whether it has a section under "problems and desired effects": one that would show nothing
     *                      but its title has none, and its title in the situation picture links nowhere
     * @param commitments   the commitments that concern it, each with its label
     */
    public record ProblemView(Promise.Problem problem, boolean effectSection, List<CommitmentRef> commitments) {
    }

    /** A commitment named outside the list of commitments: by its label, linking to it there. */
    public record CommitmentRef(Promise.Commitment commitment, LocalizedText label) {
    }

    /**
     * A section of commitments: by actor when the section asks for it, otherwise one group without a heading.
     *
     * @param actors the actors every commitment of a section not grouped by actor shares, when it has several, said
     *               once under its heading rather than on each commitment; otherwise empty
     */
    public record SectionView(Promise.Section section, List<ActorGroup> groups, List<CommitmentView> commitments,
                              List<String> actors) {
    }

    /** Commitments of the same actors; the first one's actor label, when it has one, heads them. */
    public record ActorGroup(List<String> actors, Promise.Commitment first, List<CommitmentView> commitments) {
    }

    /** A commitment with its state on the build's reference date and the problems it concerns. */
    public record CommitmentView(Promise.Commitment commitment, CommitmentState state, List<Promise.Problem> problems) {
    }

    /**
     * A commitment in the follow-up's table, with its entry there, or null when the follow-up does not report it, and
     * its label, which heads its row.
     */
    public record FollowUpRow(Promise.Commitment commitment, LocalizedText label, FollowUp.Entry entry, CommitmentState state) {
    }

    /** A finding of a follow-up, with the problems of its period it concerns; null for one the period does not have. */
    public record FindingView(FollowUp.Finding finding, List<Promise.Problem> problems) {
    }

    /**
     * @param content what the page may see: for a page of one area, that area alone
     * @param asOf    the day the page describes the archive's follow-ups as of
     */
    public static PromiseView of(PromisePeriod period, SiteContent content, LocalDate asOf) {
        Promise promise = period.promise();
        AreaHistory area = content.area(period.areaId()).orElseThrow();
        PromisePeriod previous = area.previous(period).orElse(null);
        PromisePeriod next = area.next(period).orElse(null);
        Map<String, LocalizedText> labels = CommitmentLabels.of(promise.commitments());
        boolean anyEffect = promise.problems().stream().anyMatch(problem -> problem.desiredEffect() != null);
        List<ProblemView> problems = promise.problems().stream().map(problem -> {
            List<CommitmentRef> related = promise.commitmentsFor(problem.id()).stream()
                    .map(c -> new CommitmentRef(c, labels.get(c.id()))).toList();
            return new ProblemView(problem, anyEffect || !problem.activities().isEmpty() || !related.isEmpty(), related);
        }).toList();
        List<SectionView> sections = promise.sections().stream().map(section -> {
            List<CommitmentView> in = commitments(promise.commitmentsIn(section.id()), period, asOf);
            return section.groupByActor() ? new SectionView(section, byActors(in), in, List.of())
                    : new SectionView(section, List.of(), in, sharedActors(in));
        }).toList();
        List<CommitmentView> others = commitments(promise.commitmentsWithoutSection(), period, asOf);
        String signatoriesKey = promise.signing() != null && "signed".equals(promise.signing().status())
                ? "promise.signatories" : "promise.namedAtEnd";
        List<Organisation> parties = promise.parties().stream().map(content::organisation).toList();
        return new PromiseView(area, period, promise, previous, next, parties, anyEffect, problems, sections,
                others, sharedActors(others), sharedState(promise, period, asOf), followUpRows(period, asOf, labels),
                findings(period), previous == null ? List.of() : findings(previous), announcing(period, content),
                signatoriesKey, labels);
    }

    /** The actors of several commitments when they are the same for all, otherwise none. */
    private static List<String> sharedActors(List<CommitmentView> commitments) {
        if (commitments.size() < 2) {
            return List.of();
        }
        List<String> actors = commitments.get(0).commitment().actors();
        return commitments.stream().allMatch(c -> c.commitment().actors().equals(actors)) ? actors : List.of();
    }

    private static CommitmentState sharedState(Promise promise, PromisePeriod period, LocalDate asOf) {
        if (promise.commitments().size() < 2) {
            return null;
        }
        // A status a published follow-up gives is said of each commitment, also where all have the same one.
        CommitmentState first = period.statusOf(promise.commitments().get(0).id(), asOf);
        return !first.hasStatus() && promise.commitments().stream().allMatch(c -> period.statusOf(c.id(), asOf).equals(first))
                ? first : null;
    }

    private static List<CommitmentView> commitments(List<Promise.Commitment> commitments, PromisePeriod period, LocalDate asOf) {
        return commitments.stream().map(c -> new CommitmentView(c, period.statusOf(c.id(), asOf),
                c.problems().stream().map(id -> period.promise().problem(id).orElseThrow()).toList())).toList();
    }

    /** Grouped by the same actors, in the order each group's first commitment comes. */
    private static List<ActorGroup> byActors(List<CommitmentView> commitments) {
        List<List<String>> keys = new ArrayList<>();
        for (CommitmentView c : commitments) {
            if (!keys.contains(c.commitment().actors())) {
                keys.add(c.commitment().actors());
            }
        }
        return keys.stream().map(actors -> {
            List<CommitmentView> group = commitments.stream().filter(c -> c.commitment().actors().equals(actors)).toList();
            return new ActorGroup(actors, group.get(0).commitment(), group);
        }).toList();
    }

    private static List<FollowUpRow> followUpRows(PromisePeriod period, LocalDate asOf, Map<String, LocalizedText> labels) {
        if (!period.hasFollowUp()) {
            return List.of();
        }
        return period.promise().commitments().stream().map(c -> new FollowUpRow(c, labels.get(c.id()),
                period.followUp().entryFor(c.id()).orElse(null), period.statusOf(c.id(), asOf))).toList();
    }

    private static List<FindingView> findings(PromisePeriod period) {
        if (!period.hasFollowUp()) {
            return List.of();
        }
        return period.followUp().findings().stream().map(finding -> new FindingView(finding, finding.problems().stream()
                .map(id -> period.promise().problem(id).orElse(null)).toList())).toList();
    }

    /** Each news item as often as it names this period among those it announces. */
    private static List<NewsArticle> announcing(PromisePeriod period, SiteContent content) {
        List<NewsArticle> announcing = new ArrayList<>();
        for (NewsArticle article : content.news()) {
            for (NewsItem.PeriodRef ref : article.item().announces()) {
                if (ref.area().equals(period.areaId()) && ref.period().equals(period.id())) {
                    announcing.add(article);
                }
            }
        }
        return announcing;
    }
}
