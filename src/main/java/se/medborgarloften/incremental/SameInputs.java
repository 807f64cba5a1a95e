package se.medborgarloften.incremental;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Results kept for the next build in the same process (the live preview) while they would be made from the same
 * objects: a file a load did not read again is the same object (see {@link ReadCache}), so a check of it, or of it
 * against other files, need not run again. Objects are told apart by identity, never by equality, which would
 * compare whole files. Safe for many threads.
 *
 * @param <K> what a result is about, e.g. a file
 * @param <V> the result
 */
public final class SameInputs<K, V> {

    private record Kept<V>(List<Object> alsoFrom, V value) {

        boolean from(List<Object> others) {
            if (others.size() != alsoFrom.size()) {
                return false;
            }
            for (int i = 0; i < others.size(); i++) {
                if (others.get(i) != alsoFrom.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Map<K, Kept<V>> kept = Collections.synchronizedMap(new IdentityHashMap<>());
    private final boolean keeping;

    /** Results kept for the next build. */
    public SameInputs() {
        this(true);
    }

    /** @param keeping false for a build with no next build in its process: every result is made and none kept */
    public SameInputs(boolean keeping) {
        this.keeping = keeping;
    }

    /** The result kept for this object, or the one made now, kept from now on. */
    public V get(K key, Supplier<V> make) {
        return get(key, List.of(), make);
    }

    /** As {@link #get(Object, Supplier)}, for a result that also depends on these other objects, in this order. */
    public V get(K key, List<Object> alsoFrom, Supplier<V> make) {
        if (!keeping) {
            return make.get();
        }
        Kept<V> earlier = kept.get(key);
        if (earlier != null && earlier.from(alsoFrom)) {
            return earlier.value();
        }
        V now = make.get();
        kept.put(key, new Kept<>(alsoFrom, now));
        return now;
    }

    /** Forgets the results about objects that are not among these, so that what is kept stays the size of the content. */
    public void retainOnly(Collection<? extends K> current) {
        Set<K> still = Collections.newSetFromMap(new IdentityHashMap<>());
        still.addAll(current);
        kept.keySet().retainAll(still);
    }

    /** Forgets every result: what they were all made with (the schemas, the site's languages) has changed. */
    public void clear() {
        kept.clear();
    }
}
