package se.medborgarloften.incremental;

import java.util.List;

/**
 * What a file the build makes is made from, as its page kind declares it: named groups of inputs (see {@link
 * Fingerprints}), or everything. A file made from everything is made on every build; one made from groups is kept
 * while their fingerprints stay the same, so its page must not be able to see more than it declares (the render stage
 * gives it a view of the content limited to these groups).
 *
 * @param everything whether the file may read anything at all
 * @param groups     the groups it reads, in a fixed order; empty when it reads everything
 */
public record Reads(boolean everything, List<String> groups) {

    public static final Reads EVERYTHING = new Reads(true, List.of());

    public Reads {
        groups = List.copyOf(groups);
    }

    public static Reads groups(List<String> groups) {
        return new Reads(false, groups);
    }

    public static Reads groups(String... groups) {
        return groups(List.of(groups));
    }
}
