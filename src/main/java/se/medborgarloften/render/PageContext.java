package se.medborgarloften.render;

import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.CommitmentState;
import se.medborgarloften.model.DateRange;
import se.medborgarloften.model.FollowUp;
import se.medborgarloften.model.FollowUpState;
import se.medborgarloften.model.LocalizedText;
import se.medborgarloften.model.Organisation;
import se.medborgarloften.model.PartialDate;
import se.medborgarloften.model.Promise;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.model.Prose;
import se.medborgarloften.model.SiteContent;
import se.medborgarloften.model.SiteSettings;
import se.medborgarloften.model.Source;
import se.medborgarloften.model.Sourced;
import se.medborgarloften.model.Translatable;
import se.medborgarloften.model.Person;
import se.medborgarloften.plan.AreaHistoryTable;
import se.medborgarloften.plan.HistoryPage;
import se.medborgarloften.plan.OrganisationTree;
import se.medborgarloften.plan.PeriodComparison;
import se.medborgarloften.plan.PeriodPair;
import se.medborgarloften.plan.PlannedPage;
import se.medborgarloften.plan.Places;
import se.medborgarloften.plan.RecurringCommitment;
import se.medborgarloften.plan.WordDiff;
import se.medborgarloften.plan.SitePlan;
import se.medborgarloften.plan.SitemapPart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a template knows as {@code page}: the planned page, the whole content, and the helpers that pick a
 * text in the page's language, format dates and numbers, and turn a page key into a relative link.
 */
public final class PageContext {

    private final PlannedPage planned;
    private final RenderInputs inputs;
    private final SiteContent content;
    private final SitePlan plan;
    private final Messages messages;
    private final LocalFormat format;
    private final String[] folderSegments;
    private final Citations citations;
    /** The site's places, worked out when a template first asks (see {@link #getPlaces()}); this page's alone. */
    private Places places;

    /**
     * @param content what the page may see: the whole content, or for a page of an area only that area (and
     *                what no area owns), so that a page of one area never changes when another area does
     *                (see {@link se.medborgarloften.plan.PageInputs})
     */
    PageContext(PlannedPage planned, RenderInputs inputs, SiteContent content, Messages messages, LocalFormat format) {
        this.planned = planned;
        this.inputs = inputs;
        this.content = content;
        this.plan = inputs.plan();
        this.messages = messages;
        this.format = format;
        String folder = planned.folder();
        this.folderSegments = folder.isEmpty() ? new String[0] : folder.split("/");
        this.citations = new Citations(content, this::link);
    }

    /** A page of an area refers to its own area only; see the constructor. */
    private String ownArea(String areaId) {
        if (belongsToArea() && !planned.areaId().equals(areaId)) {
            throw new IllegalStateException("The page " + planned.path() + " of the area " + planned.areaId()
                    + " refers to the area " + areaId + "; a page of an area may only show that area.");
        }
        return areaId;
    }

    public PlannedPage getPlanned() {
        return planned;
    }

    public Object getSubject() {
        return planned.subject();
    }

    public SiteContent getContent() {
        return content;
    }

    public SiteSettings getSite() {
        return content.site();
    }

    public String getLang() {
        return planned.language();
    }

    /** Whether this page belongs to one area and may only show that area (see the constructor). */
    public boolean belongsToArea() {
        return planned.areaId() != null;
    }

    public Locale getLocale() {
        return messages.locale();
    }

    public String getDefaultLang() {
        return content.site().defaultLanguage();
    }

    // --- text ---------------------------------------------------------------------------------------

    public String msg(String key) {
        return messages.get(key);
    }

    /** A UI string in another language, for pages that speak every language (root, 404). */
    public String msgIn(String language, String key) {
        return inputs.messages().get(language).get(key);
    }

    public String msg(String key, Object... arguments) {
        return messages.format(key, arguments);
    }

    /** The text in the page's language, or the default language's when the translation is pending. */
    public ResolvedText text(LocalizedText text) {
        if (text == null) {
            return null;
        }
        if (text.has(getLang())) {
            return ResolvedText.of(text.in(getLang()), getLang(), false);
        }
        return ResolvedText.of(text.in(getDefaultLang()), getDefaultLang(), true);
    }

    public String t(LocalizedText text) {
        ResolvedText resolved = text(text);
        return resolved == null ? "" : resolved.text();
    }

    /** Whether this page shows content whose translation into the page's language is pending. */
    public boolean translationPending(Object subject) {
        if (subject instanceof Translatable translatable) {
            return translatable.translationPending(getLang());
        }
        if (subject instanceof PromisePeriod period) {
            return translationPending(period.promise())
                    || (period.hasFollowUp() && translationPending(period.followUp()));
        }
        return false;
    }

    /** The converted HTML of the prose in the page's language, or the default language's as a fallback. */
    public ResolvedText prose(Prose prose) {
        if (prose == null || prose.isEmpty()) {
            return null;
        }
        Prose.ProseFile file = prose.in(getLang());
        boolean fallback = file == null;
        if (fallback) {
            file = prose.in(getDefaultLang());
        }
        if (file == null) {
            return null;
        }
        return new ResolvedText(inputs.proseHtml().get(file), fallback ? getDefaultLang() : getLang(), fallback, List.of());
    }

    // --- organisations --------------------------------------------------------------------------------

    public Organisation org(String id) {
        return content.organisation(id);
    }

    public String orgName(String id) {
        return t(content.organisation(id).name());
    }

    public String orgNames(List<String> ids) {
        return join(ids.stream().map(this::orgName).toList());
    }

    /**
     * Whether a text in the page's language already names something, whatever the case: a title such as
     * "head of the Malmö Norr local police area" needs no organisation after it.
     */
    public boolean mentions(LocalizedText text, String name) {
        return !name.isBlank() && t(text).toLowerCase(getLocale()).contains(name.toLowerCase(getLocale()));
    }

    /** "A, B and C" in the page's language. */
    public String join(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        String head = String.join(", ", items.subList(0, items.size() - 1));
        return head + msg("list.and") + items.get(items.size() - 1);
    }

    // --- dates and numbers -------------------------------------------------------------------------------

    public String date(PartialDate date) {
        return date == null ? "" : format.date(date);
    }

    public String isoDate(PartialDate date) {
        return date == null ? "" : LocalFormat.iso(date);
    }

    public String range(DateRange range) {
        return format.range(range);
    }

    /** A period in years where it runs from January to December ("2013"), otherwise as {@link #range}. */
    public String years(DateRange range) {
        return format.years(range);
    }

    public String number(Number value) {
        return format.number(value);
    }

    public String target(Promise.Target target) {
        return msg("target." + target.comparator(), number(target.value()), t(target.unit()));
    }

    // --- follow-up ----------------------------------------------------------------------------------------

    /**
     * The day the pages describe the archive's follow-ups as of: a build's input (see build/BuildOptions), so that
     * the same input gives the same pages.
     */
    public PartialDate getAsOf() {
        return PartialDate.parse(inputs.asOf().toString());
    }

    /**
     * A commitment's follow-up for {@code <@layout.status>}: the status its published follow-up gives, or what the
     * archive holds instead on {@link #getAsOf()} (see {@link CommitmentState}).
     */
    public CommitmentState statusOf(PromisePeriod period, String commitmentId) {
        return period.statusOf(commitmentId, inputs.asOf());
    }

    /** What the archive holds of a period's follow-up on {@link #getAsOf()}, for {@code <@layout.followUpState>}. */
    public FollowUpState followUpState(PromisePeriod period) {
        return period.followUpState(inputs.asOf());
    }

    /** The follow-up entry of a commitment, or null. */
    /** Where the sources say an item: a link to each of its passages in the archived source texts. */
    public List<Citation> citations(Sourced item, List<Source> sources) {
        return citations.of(item, sources);
    }

    public FollowUp.Entry entry(FollowUp followUp, String commitmentId) {
        return followUp.entryFor(commitmentId).orElse(null);
    }

    /** A problem of the period by id, or null. */
    public Promise.Problem problem(PromisePeriod period, String problemId) {
        return period.promise().problem(problemId).orElse(null);
    }

    /** The actors of a section's commitments, in order of first appearance, as a grouping key. */
    public List<List<String>> actorGroups(List<Promise.Commitment> commitments) {
        List<List<String>> groups = new ArrayList<>();
        for (Promise.Commitment c : commitments) {
            if (!groups.contains(c.actors())) {
                groups.add(c.actors());
            }
        }
        return groups;
    }

    public List<Promise.Commitment> withActors(List<Promise.Commitment> commitments, List<String> actors) {
        return commitments.stream().filter(c -> c.actors().equals(actors)).toList();
    }

    public List<PromisePeriod> periodsNewestFirst(AreaHistory area) {
        List<PromisePeriod> periods = new ArrayList<>(area.periods());
        java.util.Collections.reverse(periods);
        return periods;
    }

    // --- history and comparison -----------------------------------------------------------------------

    /** When the files of this period last changed in the repository, or null when that is not known. */
    public PartialDate lastChanged(PromisePeriod period) {
        LocalDate date = inputs.history().lastChangedBelow(period.sourceFile().substring(0, period.sourceFile().lastIndexOf('/')));
        return date == null ? null : PartialDate.parse(date.toString());
    }

    /**
     * What changed since the period before this one in its area, or null for an area's first period. Worked
     * out once for the page's language versions (see {@link Comparisons}).
     */
    public PeriodComparison changes(PromisePeriod period) {
        PromisePeriod previous = previousPeriod(period);
        return previous == null ? null : inputs.comparisons().of(new PeriodPair(period.areaId(), previous, period));
    }

    /** This history page's table: every period of its area side by side. */
    public AreaHistoryTable historyTable() {
        if (!(planned.subject() instanceof HistoryPage history)) {
            throw new IllegalStateException("The page " + planned.path() + " is not an area's history.");
        }
        return AreaHistoryTable.of(history.area(), getDefaultLang(), organisationTree(), inputs.asOf());
    }

    public String historyLink(AreaHistory area) {
        return link(HistoryPage.key(ownArea(area.id())));
    }

    /** A name in a comparison of who takes part: an organisation's, or a person's who signed for none. */
    public String memberName(String key) {
        return key.startsWith("person:") ? key.substring("person:".length()) : orgName(key);
    }

    public String memberNames(List<String> keys) {
        return join(keys.stream().map(this::memberName).toList());
    }

    /** The people who signed a period's promise for an organisation (or under their own name), "A and B". */
    public String signers(PromisePeriod period, String key) {
        return join(period.promise().signatories().stream()
                .filter(person -> PeriodComparison.signatoryKey(person).equals(key)).map(Person::name).toList());
    }

    private OrganisationTree organisationTree() {
        return new OrganisationTree(content.organisationsById());
    }

    /** Periods of several areas grouped by area, in the order of the areas, each group in the given order. */
    public List<AreaGroup> byArea(List<PromisePeriod> periods) {
        Map<String, List<PromisePeriod>> byId = periods.stream()
                .collect(Collectors.groupingBy(PromisePeriod::areaId, Collectors.toList()));
        List<AreaGroup> groups = new ArrayList<>();
        for (AreaHistory area : content.areas()) {
            List<PromisePeriod> inArea = byId.get(area.id());
            if (inArea != null) {
                groups.add(new AreaGroup(area, inArea));
            }
        }
        return groups;
    }

    /** An area and some of its periods. */
    public record AreaGroup(AreaHistory area, List<PromisePeriod> periods) {
    }

    /** The period before this one in its area, or null. */
    public PromisePeriod previousPeriod(PromisePeriod period) {
        return content.area(ownArea(period.areaId())).flatMap(a -> a.previous(period)).orElse(null);
    }

    public PromisePeriod nextPeriod(PromisePeriod period) {
        return content.area(ownArea(period.areaId())).flatMap(a -> a.next(period)).orElse(null);
    }

    /** The wording change between two texts in this page's language, word by word. */
    public List<WordDiff.Segment> diff(LocalizedText before, LocalizedText after) {
        return WordDiff.between(t(before), t(after));
    }

    /** Equality of two model values; templates compare records and lists through this. */
    public boolean same(Object a, Object b) {
        return java.util.Objects.equals(a, b);
    }

    public boolean sameWording(LocalizedText before, LocalizedText after) {
        return WordDiff.same(t(before), t(after));
    }

    /**
     * The commitment's chart, or nothing when no period has a target or an outcome in numbers.
     *
     * @param headingId the heading that names the commitment, which names the chart too
     */
    public String chart(RecurringCommitment commitment, String headingId) {
        return TargetChart.hasValues(commitment) ? TargetChart.svg(commitment, headingId, this) : "";
    }

    public List<OpenDataTable> getOpenDataTables() {
        return OpenDataTable.ALL;
    }

    /**
     * What a column of the open data means: a column named alike in several tables, such as title, is
     * documented for the table whose meaning differs (data.col.problems.title), otherwise once (data.col.title).
     */
    public String columnMeaning(OpenDataTable table, String column) {
        String own = "data.col." + table.name() + "." + column;
        return messages.has(own) ? messages.get(own) : messages.get("data.col." + column);
    }

    public List<String> getSchemaFiles() {
        return inputs.schemaFiles();
    }

    /** A link to a file (not a page) below the site root, e.g. data/commitments.csv. */
    public String fileLink(String sitePath) {
        return relative(sitePath);
    }

    // --- feeds, sitemap, overview ----------------------------------------------------------------------

    /**
     * A partial date as an Atom timestamp, which must name a moment: its first, in Swedish time, e.g. 2024-05
     * becomes 2024-05-01T00:00:00+02:00.
     */
    public String timestamp(PartialDate date) {
        int day = date.day() == null ? 1 : date.day();
        java.time.LocalTime time = date.time() == null ? java.time.LocalTime.MIDNIGHT : date.time();
        // The sources give Swedish local time ("09:44" on a page published in Malmö), not UTC.
        return java.time.LocalDateTime.of(date.year(), date.firstMonth(), day, time.getHour(), time.getMinute())
                .atZone(java.time.ZoneId.of("Europe/Stockholm")).toOffsetDateTime()
                .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /**
     * The pages of this sitemap (see {@link SitemapPart}) a search engine should know: pages in every
     * language, not files, redirects or the language chooser.
     */
    public List<PlannedPage> getSitemapPages() {
        if (!(planned.subject() instanceof SitemapPart part)) {
            throw new IllegalStateException("The page " + planned.path() + " is not a sitemap");
        }
        List<PlannedPage> candidates = part.areaId() == null
                ? plan.pages().stream().filter(page -> page.areaId() == null).toList()
                : plan.pagesOf(ownArea(part.areaId()));
        return candidates.stream().filter(page -> !page.isFile() && !page.template().equals("redirect")
                && !page.template().equals("root")).toList();
    }

    /** The sitemaps sitemap.xml lists: the one of the pages about the whole site, then one per area. */
    public List<PlannedPage> getSitemaps() {
        if (belongsToArea()) {
            throw new IllegalStateException("The page " + planned.path() + " of the area " + planned.areaId()
                    + " lists every sitemap of the site; a page of an area may only show that area.");
        }
        return plan.pages().stream().filter(page -> page.template().equals(SitemapPart.TEMPLATE)).toList();
    }

    /** Open Graph's form of the page's locale, e.g. sv_SE. */
    public String getOgLocale() {
        return messages.locale().getLanguage() + "_" + messages.locale().getCountry();
    }

    /** The five statuses a published follow-up gives. */
    public List<String> getStatuses() {
        return StatusChart.STATUSES;
    }

    /** What stands in for a status in some period of the area (not-reported, period-running …), counted apart. */
    public List<String> withoutStatus(AreaHistory area) {
        return StatusChart.withoutStatus(area.periods(), inputs.asOf());
    }

    /** Every state a commitment may be in without a status, for the overview's legend. */
    public List<String> getAllWithoutStatus() {
        return StatusChart.WITHOUT_STATUS;
    }

    /** A period's commitments by status, and by what stands in for one, each key once. */
    public Map<String, Integer> statusCounts(PromisePeriod period) {
        return StatusChart.counts(period, inputs.asOf());
    }

    public String statusChart(PromisePeriod period) {
        return StatusChart.svg(period, this);
    }

    // --- places: counties and municipalities ------------------------------------------------------------

    /** How many areas the home page of a site of several municipalities shows: those with the newest promises. */
    public static final int HOME_AREAS = 12;

    /** The site's counties and municipalities; {@code places.national} when it spans several municipalities. */
    public Places getPlaces() {
        if (places == null) {
            places = Places.of(content);
        }
        return places;
    }

    /**
     * The areas the home page shows: every area of a site of one municipality, in the site's order; on a site of
     * several, the {@value #HOME_AREAS} whose latest promise began last, so that the page stays short at any size.
     */
    public List<AreaHistory> getHomeAreas() {
        if (!getPlaces().national()) {
            return content.areas();
        }
        return content.areas().stream().filter(a -> a.latest().isPresent())
                .sorted(java.util.Comparator.comparing((AreaHistory a) -> a.latest().get().promise().period().start())
                        .reversed().thenComparing(AreaHistory::id))
                .limit(HOME_AREAS).toList();
    }

    /** The municipality of an area, on a site of several municipalities. */
    public Places.Municipality municipalityOf(AreaHistory area) {
        return getPlaces().municipalityOf(area);
    }

    /** The areas of a county, municipality by municipality. */
    public List<AreaHistory> areasOf(Places.County county) {
        return county.municipalities().stream().flatMap(m -> m.areas().stream()).toList();
    }

    /**
     * Sums over these areas for the overview of a county or the country: "areas", "periods", "followUps" (periods
     * with a follow-up published here by {@link #getAsOf()}), and per status the commitments a published follow-up
     * gives it.
     */
    public Map<String, Integer> totals(List<AreaHistory> areas) {
        Map<String, Integer> totals = new java.util.LinkedHashMap<>();
        totals.put("areas", areas.size());
        totals.put("periods", 0);
        totals.put("followUps", 0);
        StatusChart.STATUSES.forEach(status -> totals.put(status, 0));
        for (AreaHistory area : areas) {
            for (PromisePeriod period : area.periods()) {
                totals.merge("periods", 1, Integer::sum);
                if (period.followUpState(inputs.asOf()).published()) {
                    totals.merge("followUps", 1, Integer::sum);
                    Map<String, Integer> counts = StatusChart.counts(period, inputs.asOf());
                    StatusChart.STATUSES.forEach(status -> totals.merge(status, counts.getOrDefault(status, 0), Integer::sum));
                }
            }
        }
        return totals;
    }

    /** The area's newest period with a follow-up published here, or else its latest; null when it has none. */
    public PromisePeriod latestFollowedUp(AreaHistory area) {
        for (PromisePeriod period : periodsNewestFirst(area)) {
            if (period.followUpState(inputs.asOf()).published()) {
                return period;
            }
        }
        return area.latest().orElse(null);
    }

    // --- links --------------------------------------------------------------------------------------------

    /** A link from this page to the page with this key, in this page's language. */
    public String link(String key) {
        return relative(page(key, getLang()).path());
    }

    public String link(String key, String fragment) {
        return link(key) + "#" + fragment;
    }

    public String promiseLink(PromisePeriod period) {
        return link("promise/" + period.areaId() + "/" + period.id());
    }

    public String areaLink(AreaHistory area) {
        return link("area/" + area.id());
    }

    /**
     * What this page's links to a language's top pages (home, its sections, its static pages, all at most two
     * folders deep) depend on: the page's first two folders and its depth. The parts of the frame made of such
     * links are the same on every page with the same value, and are rendered once for them ({@code <@same>}).
     */
    public String getTopLinksBase() {
        int shared = Math.min(2, folderSegments.length);
        return String.join("/", Arrays.asList(folderSegments).subList(0, shared)) + " " + folderSegments.length;
    }

    /** The way from this page up to the site root, for assets: "../../". */
    public String getRoot() {
        return relative("");
    }

    /** The absolute address of the page with this key in this page's language. */
    public String absoluteLink(String key) {
        return absolute(page(key, getLang()).path());
    }

    /** The path of a page below the site root, for pages that link through &lt;base&gt;. */
    public String pathIn(String key, String language) {
        return page(key, language).path();
    }

    /** A planned page this page refers to; a page of an area only to its own area's pages and the site's. */
    private PlannedPage page(String key, String language) {
        PlannedPage target = plan.page(key, language);
        if (target.areaId() != null) {
            ownArea(target.areaId());
        }
        return target;
    }

    /** The site's root path on its server, e.g. "/" or "/repository/" for a GitHub Pages project site. */
    public String getRootPath() {
        return java.net.URI.create(content.site().baseUrl()).getPath();
    }

    public String absolute(String path) {
        return content.site().baseUrl() + path;
    }

    public String getCanonical() {
        return absolute(planned.path());
    }

    /** This page in every language, for hreflang links and the language switch. */
    public List<Alternate> getAlternates() {
        return content.site().languages().stream()
                .filter(l -> planned.alternates().containsKey(l.code()))
                .map(l -> new Alternate(l.code(), l.name(), relative(planned.alternates().get(l.code())),
                        absolute(planned.alternates().get(l.code())), l.code().equals(getLang())))
                .collect(Collectors.toList());
    }

    public String getDefaultUrl() {
        return absolute("");
    }

    /** One language version of the current page. */
    public record Alternate(String lang, String name, String href, String url, boolean current) {
    }

    private String relative(String target) {
        // Compared in place against the folder's segments, split once per page: every page has dozens of links.
        int common = 0;
        int position = 0;
        while (common < folderSegments.length) {
            String segment = folderSegments[common];
            int end = position + segment.length();
            if (!target.startsWith(segment, position) || end < target.length() && target.charAt(end) != '/') {
                break;
            }
            common++;
            position = Math.min(end + 1, target.length());
        }
        String link = "../".repeat(folderSegments.length - common) + target.substring(position);
        return link.isEmpty() ? "./" : link;
    }
}
