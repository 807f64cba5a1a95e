package se.medborgarloften.render;

import se.medborgarloften.plan.PeriodComparer;
import se.medborgarloften.plan.PeriodComparison;
import se.medborgarloften.plan.PeriodPair;

import java.util.concurrent.ConcurrentHashMap;

/**
 * What changed between two periods, worked out once for all language versions of a comparison page: the
 * comparison is made in the default language, so every version would work out the same one (a twentieth of
 * rendering 250 x 10). Each is forgotten once every language has asked for it; pages are rendered in the
 * plan's order, which puts a page's language versions side by side, so only a few are held at a time.
 */
final class Comparisons {

    private final PeriodComparer comparer;
    private final int languages;
    private final ConcurrentHashMap<String, Shared> shared = new ConcurrentHashMap<>();

    Comparisons(String defaultLanguage, int languages) {
        this.comparer = new PeriodComparer(defaultLanguage);
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
