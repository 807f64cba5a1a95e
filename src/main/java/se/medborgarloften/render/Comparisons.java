package se.medborgarloften.render;

import se.medborgarloften.plan.OrganisationTree;
import se.medborgarloften.plan.PeriodComparer;
import se.medborgarloften.plan.PeriodComparison;
import se.medborgarloften.plan.PeriodPair;

import java.util.concurrent.ConcurrentHashMap;

/**
 * What changed between a period and the one before it, worked out once for all language versions of the
 * period's page: the comparison is made in the default language, so every version would work out the same one. Each is forgotten once every language has asked for it; pages are rendered in the
 * plan's order, which puts a page's language versions side by side, so only a few are held at a time.
 */
final class Comparisons {

    private final PeriodComparer comparer;
    private final int languages;
    private final ConcurrentHashMap<String, Shared> shared = new ConcurrentHashMap<>();

    Comparisons(String defaultLanguage, int languages, OrganisationTree organisations) {
        this.comparer = new PeriodComparer(defaultLanguage, organisations);
        this.languages = languages;
    }

    private static final class Shared {
        private PeriodComparison comparison;
        private int askedFor;
    }

    PeriodComparison of(PeriodPair pair) {
        if (languages <= 1) {
            return comparer.compare(pair);
        }
        String key = pair.key();
        Shared entry = shared.computeIfAbsent(key, k -> new Shared());
        // Worked out under the entry's lock, so the other language waits for it rather than working it out too.
        synchronized (entry) {
            if (entry.comparison == null) {
                entry.comparison = comparer.compare(pair);
            }
            if (++entry.askedFor == languages) {
                shared.remove(key, entry);
            }
            return entry.comparison;
        }
    }
}
