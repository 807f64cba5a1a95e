package se.medborgarloften.render.view;

import org.junit.jupiter.api.Test;
import se.medborgarloften.model.Organisation;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.model.SiteContent;
import se.medborgarloften.render.RealPages;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A promise period's page, worked out before it renders, on the real content. */
class PromiseViewTest {

    private final RealPages real = RealPages.get();

    private PromiseView view(String area, String period) {
        return PromiseView.of(real.period(area, period), real.content, RealPages.AS_OF);
    }

    @Test
    void aPeriodKnowsItsNeighboursPartiesAndTheNewsThatAnnounceIt() {
        PromiseView view = view("rosengard", "2018");
        assertEquals("rosengard", view.area().id());
        assertNull(view.previous());
        assertEquals("2023", view.next().id());
        assertEquals(List.of("polisen", "malmo-stad"), view.parties().stream().map(Organisation::id).toList());
        assertEquals(List.of("2018-05-09-fyra-nya-medborgarloften"), view.news().stream().map(a -> a.id()).toList());
        assertEquals("promise.namedAtEnd", view.signatoriesKey());
        assertEquals(List.of(), view.followUpRows(), "no follow-up of the period is published here");

        PromiseView latest = view("rosengard", "2024-2025");
        assertEquals("2023", latest.previous().id());
        assertNull(latest.next());
        assertEquals(List.of(), latest.news());
        assertEquals("promise.signatories", view("sofielund", "2022-2023").signatoriesKey());
    }

    @Test
    void everyProblemWithADesiredEffectHasItsSectionAndItsCommitments() {
        PromiseView view = view("rosengard", "2024-2025");
        assertTrue(view.anyEffect());
        assertEquals(9, view.problems().size());
        assertTrue(view.problems().stream().allMatch(PromiseView.ProblemView::effectSection));
        PromisePeriod period = view.period();
        for (PromiseView.ProblemView problem : view.problems()) {
            assertEquals(period.promise().commitmentsFor(problem.problem().id()),
                    problem.commitments().stream().map(PromiseView.CommitmentRef::commitment).toList());
        }
    }

    @Test
    void commitmentsAreArrangedBySectionWithTheirStateOnTheDayOfTheBuild() {
        PromiseView view = view("rosengard", "2024-2025");
        assertEquals(List.of("polisen-lovar", "utover-ovan"), view.sections().stream().map(s -> s.section().id()).toList());
        PromiseView.SectionView police = view.sections().get(0);
        assertEquals(List.of(), police.groups(), "the section is not grouped by actor");
        PromiseView.CommitmentView first = police.commitments().get(0);
        assertEquals("spaningsinsatser", first.commitment().id());
        assertEquals(25, first.commitment().target().value());
        assertEquals("no-follow-up-published", first.state().key());
        assertEquals(List.of(), view.otherCommitments());
        assertEquals(17, view.sections().stream().mapToInt(s -> s.commitments().size()).sum());
    }

    @Test
    void aSectionGroupedByActorListsEachActorsCommitmentsInTheOrderTheyFirstCome() {
        PromiseView view = view("sofielund", "2022-2023");
        PromiseView.SectionView appendix = view.sections().stream()
                .filter(s -> s.section().id().equals("bilaga")).findFirst().orElseThrow();
        assertEquals(List.of(List.of("polisen"), List.of("fgk"), List.of("asf-forebyggande-tidigt-stod"), List.of("bid-sofielund"),
                List.of("miljoforvaltningen")), appendix.groups().stream().map(PromiseView.ActorGroup::actors).toList());
        assertEquals(22, appendix.groups().stream().mapToInt(g -> g.commitments().size()).sum());
        for (PromiseView.ActorGroup group : appendix.groups()) {
            assertEquals(group.first(), group.commitments().get(0).commitment());
        }
    }

    @Test
    void aPageOfOneAreaGetsTheSameViewFromItsAreaAlone() {
        SiteContent onlyRosengard = real.content.withAreas(List.of(real.content.area("rosengard").orElseThrow()));
        PromiseView seen = PromiseView.of(real.period("rosengard", "2018"), onlyRosengard, RealPages.AS_OF);
        assertEquals(view("rosengard", "2018"), seen);
    }

    @Test
    void outsideTheListACommitmentIsNamedByTheStartOfItsWordingCutAtAWord() {
        PromiseView view = view("rosengard", "2024-2025");
        for (var c : view.promise().commitments()) {
            for (String language : List.of("sv", "en")) {
                String text = c.text().in(language);
                String label = view.label(c).in(language);
                if (text.length() <= 60) {
                    assertEquals(text, label);
                } else {
                    assertTrue(label.endsWith("…") && label.length() <= 56, label);
                    String head = label.substring(0, label.length() - 1);
                    assertTrue(text.startsWith(head) && !Character.isLetterOrDigit(text.charAt(head.length())), label + " / " + text);
                }
            }
        }
        assertEquals(view.promise().commitments().size(), view.labels().values().stream().distinct().count(), "labels tell them apart");
        assertEquals("Gerillabetonga kommer att arbeta …", CommitmentLabels.shortened("Gerillabetonga kommer att arbeta …"));
        assertEquals("Polisen ska genomföra minst 25 spaningsinsatser mot…",
                CommitmentLabels.shortened("Polisen ska genomföra minst 25 spaningsinsatser mot narkotikabrott i området under perioden."));
        assertEquals("Polisen och [.en]#Safe Cities# ska genomföra minst…",
                CommitmentLabels.shortened("Polisen och [.en]#Safe Cities# ska genomföra minst tjugofem spaningsinsatser i området."));
        assertEquals("Polisen och kommunen ska tillsammans genomföra…",
                CommitmentLabels.shortened("Polisen och kommunen ska tillsammans genomföra [.en]#neighbourhood watch meetings# varje månad."));
    }

    @Test
    void whatIsTheSameForEveryCommitmentIsSaidOnce() {
        PromiseView rosengard = view("rosengard", "2024-2025");
        assertEquals("no-follow-up-published", rosengard.sharedState().key());
        assertEquals(List.of("polisen"), rosengard.sections().get(0).actors(), "the police's section: the police's commitments");
        PromiseView sofielund = view("sofielund", "2022-2023");
        PromiseView.SectionView direction = sofielund.sections().get(0);
        assertEquals(List.of(), direction.actors(), "commitments of different actors each name theirs");
        assertEquals(List.of(), sofielund.sections().get(1).actors(), "a section by actor names them in its groups' headings");
        // Rosengård 2023's follow-up is published and reports on no commitment: not reported, said once.
        PromiseView reported = view("rosengard", "2023");
        assertTrue(reported.promise().commitments().isEmpty() || reported.sharedState() != null);
    }
}
