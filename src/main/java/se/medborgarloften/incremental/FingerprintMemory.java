package se.medborgarloften.incremental;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Each group's fingerprint, remembered with the texts it was made from, for the next build in the same process (the
 * live preview): comparing a text with the one read before is immediate when its file was not read again (the same
 * string), where hashing every group again is not. Safe for many threads.
 */
public final class FingerprintMemory {

    private record Made(Object inputs, String fingerprint) {
    }

    private final Map<String, Made> byGroup = new ConcurrentHashMap<>();

    String remembered(String group, Object inputs, Supplier<String> make) {
        Made known = byGroup.get(group);
        if (known != null && known.inputs().equals(inputs)) {
            return known.fingerprint();
        }
        String made = make.get();
        byGroup.put(group, new Made(inputs, made));
        return made;
    }

    /** Forgets the groups that are gone, so that their texts are not held. */
    void retainOnly(Set<String> groups) {
        byGroup.keySet().retainAll(groups);
    }
}
