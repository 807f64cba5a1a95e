package se.medborgarloften;

import se.medborgarloften.load.ContentLoader;
import se.medborgarloften.load.LoadedContent;
import se.medborgarloften.model.ContentHistory;
import se.medborgarloften.model.MessageBundle;
import se.medborgarloften.model.SiteContent;
import se.medborgarloften.incremental.FingerprintMemory;
import se.medborgarloften.incremental.Fingerprints;
import se.medborgarloften.plan.InputGroups;
import se.medborgarloften.plan.PagePlanner;
import se.medborgarloften.plan.SitePlan;
import se.medborgarloften.plan.UrlScheme;
import se.medborgarloften.validate.ContentValidator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The build's stages run one at a time, as {@link se.medborgarloften.generator.SiteBuild} runs them, for the
 * stage tests: load → validate → plan, each handing its result to the next. A test of one stage starts from the
 * result of the stages before it.
 */
public final class Stages {

    private static Planned realPlanned;

    private Stages() {
    }

    /** What the first three stages made of one project. */
    public record Planned(Path project, LoadedContent loaded, SiteContent content, SitePlan plan) {

        /** The day the pages describe the follow-ups as of, as the build decides it (see SiteBuild). */
        public LocalDate asOf() {
            ContentHistory history = loaded.history();
            return history.head() != null ? history.head() : LocalDate.now();
        }

        /** The fingerprints of what each page is made from, as the build takes them before rendering. */
        public Fingerprints fingerprints() {
            return InputGroups.fingerprints(loaded, project, content.site().baseUrl(), asOf(), new FingerprintMemory());
        }
    }

    public static LoadedContent load(Path project) {
        return new ContentLoader(project).load();
    }

    public static SiteContent validate(Path project, LoadedContent loaded) {
        return new ContentValidator(project).validate(loaded);
    }

    public static UrlScheme urlScheme(List<MessageBundle> bundles) {
        return new UrlScheme(bundles.stream()
                .collect(Collectors.toMap(MessageBundle::language, MessageBundle::messages, (a, b) -> a)));
    }

    public static SitePlan plan(LoadedContent loaded, SiteContent content) {
        return new PagePlanner(content, urlScheme(loaded.messageBundles()), loaded.publishedUrls().urls()).plan();
    }

    /** Load, validate and plan of any project. */
    public static Planned planned(Path project) {
        LoadedContent loaded = load(project);
        SiteContent content = validate(project, loaded);
        return new Planned(project, loaded, content, plan(loaded, content));
    }

    /** Load, validate and plan of the real project, once per test run, for tests that only read the result. */
    public static synchronized Planned realPlanned() {
        if (realPlanned == null) {
            realPlanned = planned(TestProjects.realProject());
        }
        return realPlanned;
    }
}
