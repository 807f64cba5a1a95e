package se.medborgarloften.validate;

import se.medborgarloften.support.Workers;
import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.diagnostics.Text;
import se.medborgarloften.diagnostics.Diagnostics;
import se.medborgarloften.load.ContentRole;
import se.medborgarloften.load.JsonSource;
import se.medborgarloften.load.LoadedContent;
import se.medborgarloften.load.ProseSource;
import se.medborgarloften.model.Area;
import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.FollowUp;
import se.medborgarloften.model.NewsArticle;
import se.medborgarloften.model.NewsItem;
import se.medborgarloften.model.OrganisationList;
import se.medborgarloften.model.PageDocument;
import se.medborgarloften.model.Promise;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.model.RedirectList;
import se.medborgarloften.model.Prose;
import se.medborgarloften.model.SiteContent;
import se.medborgarloften.model.SiteSettings;
import se.medborgarloften.model.StaticPage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Runs every check on the loaded files and, when none fails, assembles the {@link SiteContent}. */
public final class ContentValidator {

    private final SchemaCheck schemaCheck;
    private final ContentBinder binder = new ContentBinder();
    private final CheckCache cache;

    public ContentValidator(Path project) {
        this(project, new CheckCache());
    }

    /** A validator that takes each unchanged file's own checks from an earlier build (see {@link CheckCache}). */
    public ContentValidator(Path project, CheckCache cache) {
        this.schemaCheck = new SchemaCheck(project);
        this.cache = cache;
    }

    public SiteContent validate(LoadedContent loaded) {
        Diagnostics diagnostics = new Diagnostics();
        Map<String, Object> bound = new LinkedHashMap<>();
        cache.startValidation(schemaCheck.schemaTexts(), loaded.json());
        // site.json first: the languages it declares are what every file's translations are checked against,
        // in the same pass as its schema, so that each file's parsed tree can be let go of as soon as it is
        // checked. Held until the end of the pass, a national site's trees filled the heap.
        TranslationRules translations = loaded.withRole(ContentRole.SITE).stream().findFirst()
                .map(source -> cache.checked(source, this::checkAndBind).model())
                .map(model -> translationRules((SiteSettings) model))
                .orElse(null);
        List<FileChecks> checks = Workers.run(() -> loaded.json().parallelStream().map(source -> {
            Checked checked = cache.checked(source, this::checkAndBind);
            List<Diagnostic> untranslated = List.of();
            if (translations != null) {
                untranslated = cache.translationProblems(source, translations::checkJson);
                cache.declaredPending(source);
            }
            source.forgetParsed();
            return new FileChecks(checked, untranslated);
        }).toList());
        for (FileChecks file : checks) {
            diagnostics.addAll(file.checked().problems());
            if (file.checked().model() != null) {
                bound.put(file.checked().source().path(), file.checked().model());
            }
        }
        SiteSettings site = single(loaded, ContentRole.SITE, SiteSettings.class, bound, diagnostics, "content/site.json");
        OrganisationList organisations = single(loaded, ContentRole.ORGANISATIONS, OrganisationList.class, bound,
                diagnostics, "content/organisations.json");
        if (site == null || organisations == null) {
            diagnostics.throwIfErrors();
        }
        List<String> languages = languageCodes(site);
        checks.forEach(file -> diagnostics.addAll(file.untranslated()));
        Map<String, JsonSource> jsonByPath = loaded.json().stream()
                .collect(Collectors.toMap(JsonSource::path, s -> s, (a, b) -> a, TreeMap::new));
        diagnostics.addAll(translations.checkProse(loaded.prose(), jsonByPath, cache::declaredPending));
        diagnostics.addAll(new MessageBundleRules(site.defaultLanguage(), languages).check(loaded.messageBundles()));

        SiteContent content = assemble(loaded, bound, site, organisations, diagnostics);
        diagnostics.throwIfErrors();
        return content;
    }

    /**
     * Each file's own checks (its schema and its binding to the model), without what looks across files: for
     * the files that were read when others could not be, so that their problems come in the same report.
     */
    public List<Diagnostic> checkEachFile(LoadedContent readable) {
        return Workers.run(() -> readable.json().parallelStream().flatMap(source -> {
            List<Diagnostic> problems = checkAndBind(source).problems();
            source.forgetParsed();
            return problems.stream();
        }).toList());
    }

    private TranslationRules translationRules(SiteSettings site) {
        List<String> languages = languageCodes(site);
        cache.forLanguages(site.defaultLanguage() + " " + languages);
        return new TranslationRules(site.defaultLanguage(), languages);
    }

    private static List<String> languageCodes(SiteSettings site) {
        return site.languages().stream().map(SiteSettings.Language::code).toList();
    }

    /** What one file's own checks found: its schema and binding, and its translations. */
    private record FileChecks(Checked checked, List<Diagnostic> untranslated) {
    }

    /** One file checked against its schema and, when it passes, bound to its model record. */
    record Checked(JsonSource source, Object model, List<Diagnostic> problems) {
    }

    private Checked checkAndBind(JsonSource source) {
        List<Diagnostic> schemaProblems = new ArrayList<>(schemaCheck.check(source));
        schemaProblems.addAll(HtmlInText.check(source));
        if (!schemaProblems.isEmpty()) {
            return new Checked(source, null, schemaProblems);
        }
        try {
            return new Checked(source, binder.bind(source, modelType(source.role())), List.of());
        } catch (ContentException e) {
            return new Checked(source, null, e.diagnostics());
        }
    }

    private SiteContent assemble(LoadedContent loaded, Map<String, Object> bound, SiteSettings site,
                                 OrganisationList organisationList, Diagnostics diagnostics) {
        ReferenceRules rules = new ReferenceRules(organisationList.organisations());
        rules.checkSite(only(loaded, ContentRole.SITE), site);
        JsonSource organisationsSource = only(loaded, ContentRole.ORGANISATIONS);
        rules.checkOrganisations(organisationsSource, organisationList.organisations());
        Map<String, List<ProseSource>> proseByJson = loaded.prose().stream()
                .collect(Collectors.groupingBy(ProseSource::jsonPath));

        Map<String, Promise> promisesByFolder = new HashMap<>();
        Map<String, JsonSource> promiseSources = new TreeMap<>();
        for (JsonSource source : loaded.withRole(ContentRole.PROMISE)) {
            Promise promise = (Promise) bound.get(source.path());
            if (promise != null) {
                rules.report(cache.referenceProblems(source, Arrays.asList(organisationsSource, promise),
                        () -> rules.separately(() -> rules.checkPromise(source, promise))));
                promisesByFolder.put(folderKey(source), promise);
                promiseSources.put(folderKey(source), source);
            }
        }
        Set<String> promiseFolders = loaded.withRole(ContentRole.PROMISE).stream()
                .map(ContentValidator::folderKey).collect(Collectors.toSet());
        Map<String, FollowUp> followUps = new HashMap<>();
        for (JsonSource source : loaded.withRole(ContentRole.FOLLOW_UP)) {
            FollowUp followUp = (FollowUp) bound.get(source.path());
            Promise promise = promisesByFolder.get(folderKey(source));
            if (!promiseFolders.contains(folderKey(source))) {
                diagnostics.add(Diagnostic.error(source.path(), 0, 0, "", Text.of("followUp.noPromise"), Text.of("followUp.noPromise.hint")));
            }
            if (followUp != null) {
                rules.report(cache.referenceProblems(source, Arrays.asList(organisationsSource, followUp, promise),
                        () -> rules.separately(() -> rules.checkFollowUp(source, followUp, promise))));
                followUps.put(folderKey(source), followUp);
            }
        }

        List<AreaHistory> areas = new ArrayList<>();
        Map<String, JsonSource> areaSources = new TreeMap<>();
        loaded.withRole(ContentRole.AREA).forEach(s -> areaSources.put(s.folderName(0), s));
        for (var entry : promiseSources.entrySet()) {
            String areaFolder = entry.getValue().folderName(0);
            if (!areaSources.containsKey(areaFolder)) {
                diagnostics.add(Diagnostic.error(entry.getValue().path(), 0, 0, "", Text.of("area.missing", areaFolder),
                        Text.of("area.missing.hint", areaFolder)));
            }
        }
        Map<String, List<Map.Entry<String, JsonSource>>> promiseSourcesByArea = promiseSources.entrySet().stream()
                .collect(Collectors.groupingBy(e -> e.getValue().folderName(0)));
        for (JsonSource areaSource : areaSources.values()) {
            Area area = (Area) bound.get(areaSource.path());
            if (area == null) {
                continue;
            }
            rules.checkArea(areaSource, area);
            List<PromisePeriod> periods = new ArrayList<>();
            for (var entry : promiseSourcesByArea.getOrDefault(areaSource.folderName(0), List.of())) {
                JsonSource source = entry.getValue();
                Promise promise = promisesByFolder.get(entry.getKey());
                if (promise == null) {
                    continue;
                }
                String folder = source.path().substring(0, source.path().lastIndexOf('/') + 1);
                periods.add(new PromisePeriod(area.id(), source.folderName(1), promise,
                        prose(proseByJson.get(source.path())), followUps.get(entry.getKey()),
                        prose(proseByJson.get(folder + "follow-up.json")), source.path()));
            }
            periods.sort(Comparator.comparing((PromisePeriod p) -> p.promise().period().start())
                    .thenComparing(PromisePeriod::id));
            areas.add(new AreaHistory(area, periods, areaSource.path()));
        }

        Set<String> periodKeys = areas.stream().flatMap(a -> a.periods().stream()).map(PromisePeriod::key)
                .collect(Collectors.toSet());
        List<NewsArticle> news = new ArrayList<>();
        for (JsonSource source : loaded.withRole(ContentRole.NEWS)) {
            NewsItem item = (NewsItem) bound.get(source.path());
            if (item != null) {
                rules.checkNews(source, item, periodKeys);
                news.add(new NewsArticle(source.folderName(0), item, prose(proseByJson.get(source.path())), source.path()));
            }
        }
        news.sort(Comparator.comparing((NewsArticle n) -> n.item().published()).reversed().thenComparing(NewsArticle::id));
        List<PageDocument> pages = new ArrayList<>();
        for (JsonSource source : loaded.withRole(ContentRole.PAGE)) {
            StaticPage page = (StaticPage) bound.get(source.path());
            if (page != null) {
                pages.add(new PageDocument(source.folderName(0), page, prose(proseByJson.get(source.path())), source.path()));
            }
        }
        List<RedirectList.Redirect> redirects = loaded.withRole(ContentRole.REDIRECTS).stream()
                .map(s -> (RedirectList) bound.get(s.path())).filter(java.util.Objects::nonNull)
                .flatMap(r -> r.redirects().stream()).toList();
        diagnostics.addAll(rules.found());
        diagnostics.addAll(new AddressRules(site).check(loaded, news, pages));
        diagnostics.addAll(new ProvenanceRules(loaded.sources()).check(loaded, bound));
        return new SiteContent(site, organisationList.organisations(), areas, news, pages, redirects, loaded.sources());
    }

    private static String folderKey(JsonSource source) {
        return String.join("/", source.folder());
    }

    private static Prose prose(List<ProseSource> sources) {
        if (sources == null) {
            return Prose.NONE;
        }
        Map<String, Prose.ProseFile> byLanguage = new HashMap<>();
        sources.forEach(s -> byLanguage.put(s.language(), new Prose.ProseFile(s.path(), s.language(), s.text())));
        return new Prose(byLanguage);
    }

    private static JsonSource only(LoadedContent loaded, ContentRole role) {
        return loaded.withRole(role).get(0);
    }

    private static <T> T single(LoadedContent loaded, ContentRole role, Class<T> type, Map<String, Object> bound,
                                Diagnostics diagnostics, String expectedPath) {
        List<JsonSource> sources = loaded.withRole(role);
        if (sources.isEmpty()) {
            diagnostics.add(Diagnostic.error(expectedPath, 0, 0, "", Text.of("file.missing"), Text.of("file.missing.hint", expectedPath)));
            return null;
        }
        return type.cast(bound.get(sources.get(0).path()));
    }

    private static Class<?> modelType(ContentRole role) {
        return switch (role) {
            case SITE -> SiteSettings.class;
            case ORGANISATIONS -> OrganisationList.class;
            case AREA -> Area.class;
            case PROMISE -> Promise.class;
            case FOLLOW_UP -> FollowUp.class;
            case NEWS -> NewsItem.class;
            case PAGE -> StaticPage.class;
            case REDIRECTS -> RedirectList.class;
        };
    }
}
