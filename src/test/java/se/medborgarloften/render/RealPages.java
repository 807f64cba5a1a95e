package se.medborgarloften.render;

import se.medborgarloften.TestProjects;
import se.medborgarloften.load.ContentFiles;
import se.medborgarloften.load.ContentLoader;
import se.medborgarloften.load.LoadedContent;
import se.medborgarloften.incremental.ReadCache;
import se.medborgarloften.model.ContentHistory;
import se.medborgarloften.model.MessageBundle;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.model.SiteContent;
import se.medborgarloften.plan.PagePlanner;
import se.medborgarloften.plan.SitePlan;
import se.medborgarloften.plan.UrlScheme;
import se.medborgarloften.validate.CheckCache;
import se.medborgarloften.validate.ContentValidator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The real content of content/, validated and planned as a build does, and the page contexts its templates would
 * get, as of the fixed day the tests describe the archive as of. Prose is left unconverted (no Asciidoctor).
 */
public final class RealPages {

    /** The day the pages describe the archive's follow-ups as of, in these tests. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    private static RealPages loaded;

    public final SiteContent content;
    public final SitePlan plan;
    private final PageContexts contexts;

    private RealPages() {
        Path project = TestProjects.realProject();
        LoadedContent files = new ContentLoader(project, new ReadCache<>(), new ContentFiles()).load();
        content = new ContentValidator(project, new CheckCache()).validate(files);
        UrlScheme urls = new UrlScheme(files.messageBundles().stream()
                .collect(Collectors.toMap(MessageBundle::language, MessageBundle::messages, (a, b) -> a)));
        plan = new PagePlanner(content, urls, files.publishedUrls().urls()).plan();
        contexts = new PageContexts(content, plan, files.messageBundles(), Map.of(), ContentHistory.UNKNOWN, AS_OF, List.of());
    }

    /** Loaded once for all the tests of a JVM: the content does not change under them. */
    public static synchronized RealPages get() {
        if (loaded == null) {
            loaded = new RealPages();
        }
        return loaded;
    }

    /** The context of the page with this key ("home", "promise/rosengard/2018" …) in a language. */
    PageContext page(String key, String language) {
        return contexts.of(plan.page(key, language));
    }

    public PromisePeriod period(String area, String period) {
        return content.period(area, period).orElseThrow();
    }

    public String promiseKey(String area, String period) {
        return PagePlanner.promiseKey(period(area, period));
    }
}
