package se.medborgarloften.plan;

import org.junit.jupiter.api.Test;
import se.medborgarloften.Stages;
import se.medborgarloften.model.RedirectList.Redirect;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Where the real site's published comparison addresses lead now that there are no comparison pages: the later
 * period's changes for two consecutive periods, the area's history for any other pair.
 */
class ComparisonRedirectsTest {

    private static final Stages.Planned PLANNED = Stages.realPlanned();
    private static final ComparisonRedirects REDIRECTS = new ComparisonRedirects(
            Stages.urlScheme(PLANNED.loaded().messageBundles()), List.of("sv", "en"), PLANNED.content().areas());
    private static final Set<String> PAGES = PLANNED.plan().paths();

    @Test
    void theRealPublishedComparisonsLeadToTheLaterPeriodOrTheHistory() {
        List<ComparisonRedirects.Implied> implied = REDIRECTS.of(PLANNED.loaded().publishedUrls().urls(), List.of(), PAGES);
        assertEquals(List.of(
                new ComparisonRedirects.Implied("en/areas/rosengard/compare/2018/2023/", "en/areas/rosengard/2023/", "changes"),
                new ComparisonRedirects.Implied("en/areas/rosengard/compare/2018/2024-2025/", "en/areas/rosengard/history/", ""),
                new ComparisonRedirects.Implied("en/areas/rosengard/compare/2023/2024-2025/", "en/areas/rosengard/2024-2025/", "changes"),
                new ComparisonRedirects.Implied("sv/omraden/rosengard/jamfor/2018/2023/", "sv/omraden/rosengard/2023/", "changes"),
                new ComparisonRedirects.Implied("sv/omraden/rosengard/jamfor/2018/2024-2025/", "sv/omraden/rosengard/historik/", ""),
                new ComparisonRedirects.Implied("sv/omraden/rosengard/jamfor/2023/2024-2025/", "sv/omraden/rosengard/2024-2025/", "changes")),
                implied);
    }

    @Test
    void aComparisonWithADeclaredRedirectOrThatIsAPageIsLeftAlone() {
        String address = "sv/omraden/rosengard/jamfor/2018/2023/";
        assertEquals(List.of(), REDIRECTS.of(List.of(address), List.of(new Redirect(address, "sv/omraden/rosengard/")), PAGES));
        assertEquals(List.of(), REDIRECTS.of(List.of("sv/omraden/rosengard/2023/", "sv/arkiv/2019/", "sv/omraden/rosengard/historik/x/"),
                List.of(), PAGES), "not comparisons");
    }

    @Test
    void aPeriodRenamedByARedirectCountsAsThePeriodItLeadsTo() {
        List<Redirect> renamed = List.of(new Redirect("sv/omraden/rosengard/2018-2019/", "sv/omraden/rosengard/2018/"));
        assertEquals(List.of(new ComparisonRedirects.Implied("sv/omraden/rosengard/jamfor/2018-2019/2023/",
                        "sv/omraden/rosengard/2023/", "changes")),
                REDIRECTS.of(List.of("sv/omraden/rosengard/jamfor/2018-2019/2023/"), renamed, PAGES));
        assertEquals(List.of(new ComparisonRedirects.Implied("sv/omraden/rosengard/jamfor/2017/2023/",
                        "sv/omraden/rosengard/historik/", "")),
                REDIRECTS.of(List.of("sv/omraden/rosengard/jamfor/2017/2023/"), renamed, PAGES),
                "a period that is not there and not renamed: the history, which has every period");
    }

    @Test
    void anAreaThatIsGoneLeadsWhereItsPageLeadsOrNowhere() {
        String comparison = "sv/omraden/gamla-rosengard/jamfor/2018/2023/";
        assertEquals(List.of(new ComparisonRedirects.Implied(comparison, "sv/omraden/rosengard/", "")),
                REDIRECTS.of(List.of(comparison), List.of(new Redirect("sv/omraden/gamla-rosengard/", "sv/omraden/rosengard/")), PAGES));
        assertEquals(List.of(), REDIRECTS.of(List.of(comparison), List.of(), PAGES), "left to the guard, which fails the build");
    }
}
