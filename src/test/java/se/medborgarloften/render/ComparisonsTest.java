package se.medborgarloften.render;

import org.junit.jupiter.api.Test;
import se.medborgarloften.TestProjects;
import se.medborgarloften.load.ContentFiles;
import se.medborgarloften.load.ContentLoader;
import se.medborgarloften.incremental.ReadCache;
import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.SiteContent;
import se.medborgarloften.plan.OrganisationTree;
import se.medborgarloften.plan.PeriodComparer;
import se.medborgarloften.plan.PeriodComparison;
import se.medborgarloften.plan.PeriodPair;
import se.medborgarloften.validate.CheckCache;
import se.medborgarloften.validate.ContentValidator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * A period page's language versions share one comparison of the period with the one before it: each version
 * gets what comparing the periods gives, and the comparison is forgotten once every language has had it.
 */
class ComparisonsTest {

    private static SiteContent realContent() {
        var project = TestProjects.realProject();
        return new ContentValidator(project, new CheckCache())
                .validate(new ContentLoader(project, new ReadCache<>(), new ContentFiles()).load());
    }

    private static List<PeriodPair> everyPair(SiteContent content) {
        List<PeriodPair> pairs = new ArrayList<>();
        for (AreaHistory area : content.areas()) {
            pairs.addAll(PeriodPair.consecutiveOf(area.id(), area.periods()));
        }
        return pairs;
    }

    private static OrganisationTree tree(SiteContent content) {
        return new OrganisationTree(content.organisationsById());
    }

    @Test
    void everyLanguageGetsTheComparisonOfThePeriodsAndItIsForgottenAfterTheLast() {
        SiteContent content = realContent();
        String defaultLanguage = content.site().defaultLanguage();
        int languages = content.site().languages().size();
        List<PeriodPair> pairs = everyPair(content);
        assertFalse(pairs.isEmpty(), "the real content has areas with more than one period");
        Comparisons comparisons = new Comparisons(defaultLanguage, languages, tree(content));
        for (PeriodPair pair : pairs) {
            PeriodComparison expected = new PeriodComparer(defaultLanguage, tree(content)).compare(pair);
            PeriodComparison first = comparisons.of(pair);
            assertEquals(expected, first, pair.key());
            for (int language = 1; language < languages; language++) {
                assertSame(first, comparisons.of(pair), pair.key());
            }
            // Every language has had it: a page rendered again (the live preview's open page) compares anew.
            PeriodComparison again = comparisons.of(pair);
            assertNotSame(first, again, pair.key());
            assertEquals(expected, again, pair.key());
            for (int language = 1; language < languages; language++) {
                comparisons.of(pair);
            }
        }
    }

    @Test
    void languagesRenderedOnDifferentThreadsShareOneComparison() {
        SiteContent content = realContent();
        int languages = content.site().languages().size();
        Comparisons comparisons = new Comparisons(content.site().defaultLanguage(), languages, tree(content));
        List<PeriodPair> pairs = everyPair(content);
        List<PeriodPair> asked = new ArrayList<>();
        for (PeriodPair pair : pairs) {
            for (int language = 0; language < languages; language++) {
                asked.add(pair);
            }
        }
        Map<String, List<PeriodComparison>> got = new ConcurrentHashMap<>();
        asked.parallelStream().forEach(pair ->
                got.computeIfAbsent(pair.key(), k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                        .add(comparisons.of(pair)));
        for (PeriodPair pair : pairs) {
            List<PeriodComparison> versions = got.get(pair.key());
            assertEquals(languages, versions.size(), pair.key());
            versions.forEach(version -> assertSame(versions.get(0), version, pair.key()));
        }
    }
}
