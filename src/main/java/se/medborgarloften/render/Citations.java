package se.medborgarloften.render;

import se.medborgarloften.model.ArchivedSource;
import se.medborgarloften.model.Passage;
import se.medborgarloften.model.SiteContent;
import se.medborgarloften.model.Source;
import se.medborgarloften.model.Sourced;
import se.medborgarloften.plan.PagePlanner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Where an item's passages stand in its sources' archived texts: for each passage, the line of the source's
 * page on the site where it begins, so that a reader can check the item against what the source says.
 */
final class Citations {

    private final SiteContent content;
    /** The link to a page key with a fragment, relative to the page being rendered. */
    private final BiFunction<String, String, String> link;

    Citations(SiteContent content, BiFunction<String, String, String> link) {
        this.content = content;
        this.link = link;
    }

    /**
     * A link per passage to the line it begins on. An item's passages lie together in their source, so each is found
     * near the item's longest passage, which is the least likely to occur elsewhere too.
     */
    List<Citation> of(Sourced item, List<Source> sources) {
        List<Citation> citations = new ArrayList<>(item.passages().size());
        Passage longest = item.passages().stream().max(Comparator.comparingInt(p -> p.text().length())).orElse(null);
        for (Passage passage : item.passages()) {
            Source source = sourceOf(passage, sources);
            ArchivedSource text = source == null ? null : content.archivedSource(source.reference()).orElse(null);
            // The validate stage refuses a passage its source does not have, so every passage here has a line.
            if (text != null) {
                int anchor = longest != null && sourceOf(longest, sources) == source ? text.lineOf(longest.text()) : 0;
                int line = anchor > 0 ? text.lineOf(passage.text(), anchor) : text.lineOf(passage.text());
                String href = link.apply(PagePlanner.sourceKey(text.slug()), "L" + line);
                // Two passages on one line of the source are one place to look: linked once.
                if (citations.stream().noneMatch(c -> c.href().equals(href))) {
                    citations.add(new Citation(href, line, source));
                }
            }
        }
        return citations;
    }

    private static Source sourceOf(Passage passage, List<Source> sources) {
        if (sources.isEmpty()) {
            return null;
        }
        if (passage.source() == null) {
            return sources.get(0);
        }
        return sources.stream().filter(s -> s.id().equals(passage.source())).findFirst().orElse(null);
    }
}
