package se.medborgarloften.preview;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages open in a browser now, by their files below the site's root: each open page waits for the next
 * build with a question that names it, so a rebuild can render those pages first.
 */
final class OpenPages {

    /** How many questions name each page: the same page may be open in several tabs. */
    private final Map<String, Integer> waiting = new ConcurrentHashMap<>();

    void opened(String file) {
        waiting.merge(file, 1, Integer::sum);
    }

    void closed(String file) {
        waiting.computeIfPresent(file, (f, count) -> count == 1 ? null : count - 1);
    }

    Set<String> files() {
        return Set.copyOf(waiting.keySet());
    }
}
