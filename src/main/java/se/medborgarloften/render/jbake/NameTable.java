package se.medborgarloften.render.jbake;

import java.util.Map;

/**
 * A fixed table from names to values, read for every property and method a template reads. A
 * {@code Collections.unmodifiableMap} over a {@code HashMap} cost two interface dispatches and a node chase per
 * read (the client compiler inlines neither); this is one final call, an array probe and, for a name seen
 * before, the hash the string already holds.
 */
final class NameTable<V> {

    private final String[] names;
    private final Object[] values;
    private final int mask;

    NameTable(Map<String, V> entries) {
        int size = Integer.highestOneBit(Math.max(2, entries.size() * 2 - 1)) << 1;
        names = new String[size];
        values = new Object[size];
        mask = size - 1;
        entries.forEach((name, value) -> {
            int i = slot(name.hashCode());
            while (names[i] != null) {
                i = (i + 1) & mask;
            }
            names[i] = name;
            values[i] = value;
        });
    }

    @SuppressWarnings("unchecked")
    V get(String name) {
        int hash = name.hashCode();
        for (int i = slot(hash); ; i = (i + 1) & mask) {
            String candidate = names[i];
            if (candidate == null) {
                return null;
            }
            if (candidate == name || candidate.hashCode() == hash && candidate.equals(name)) {
                return (V) values[i];
            }
        }
    }

    boolean isEmpty() {
        for (String name : names) {
            if (name != null) {
                return false;
            }
        }
        return true;
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & mask;
    }
}
