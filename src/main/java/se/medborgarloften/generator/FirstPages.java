package se.medborgarloften.generator;

import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Pages a build renders before the rest of the site, and who takes them: the live preview asks for the pages
 * open in a browser and serves them while the rest of the site is rendered, so that an edit shows in a
 * fraction of the time the whole site takes.
 *
 * @param files the pages' files below the site's root, e.g. {@code sv/index.html}; files the plan does not
 *              have are left out
 * @param ready called with each rendered page's bytes, by file, once the content is checked and planned and
 *              before the rest of the site is rendered; not called when none of the files is planned, or when
 *              rendering them failed (the rest of the build then reports why)
 */
public record FirstPages(Set<String> files, Consumer<Map<String, byte[]>> ready) {

    /** No page first: the whole site, then publish. */
    public static final FirstPages NONE = new FirstPages(Set.of(), pages -> { });

    public FirstPages {
        files = Set.copyOf(files);
    }
}
