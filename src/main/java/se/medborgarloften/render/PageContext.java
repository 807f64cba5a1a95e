package se.medborgarloften.render;

import se.medborgarloften.render.jbake.TemplatePage;
import se.medborgarloften.model.LocalizedText;
import se.medborgarloften.model.PartialDate;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.model.SiteContent;
import se.medborgarloften.model.SiteSettings;
import se.medborgarloften.model.Source;
import se.medborgarloften.model.Sourced;
import se.medborgarloften.plan.PeriodComparison;
import se.medborgarloften.plan.PeriodPair;
import se.medborgarloften.plan.PlannedPage;
import se.medborgarloften.plan.WordDiff;
import se.medborgarloften.plan.SitePlan;
import se.medborgarloften.plan.SitemapPart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a template knows as {@code content.page}: the planned page, its subject, its view model (see {@link Views}),
 * the content it may see, and the helpers' namespaces ({@code i18n}, {@code dates}, {@code links}, {@code orgs},
 * {@code statuses}, {@code charts}). A page of one area sees only that area: every link and look-up of another area
 * through this context fails the build (the area guard).
 */
public final class PageContext implements TemplatePage {

    private final PlannedPage planned;
    private final boolean limited;
    private final RenderInputs inputs;
    private final SiteContent content;
    private final SitePlan plan;
    private final Messages messages;
    private final Citations citations;
    private final I18n i18n;
    private final Dates dates;
    private final Links links;
    private final Organisations orgs;
    private final Statuses statuses;
    private final Charts charts;
    /** What the page shows, worked out before it renders (see {@link Views}); null for a page kind that has none yet. */

    /**
     * @param content what the page may see: the whole content, or for a page that reads less than everything only
     *                the areas and periods it declared (and what no area owns), so that such a page never changes
     *                when something it did not declare does (see {@link se.medborgarloften.plan.InputGroups})
     * @param limited whether the page reads less than everything
     */
    PageContext(PlannedPage planned, RenderInputs inputs, SiteContent content, boolean limited, Messages messages,
                LocalFormat format) {
        this.planned = planned;
        this.limited = limited;
        this.inputs = inputs;
        this.content = content;
        this.plan = inputs.plan();
        this.messages = messages;
        this.i18n = new I18n(messages, inputs.messages(), format, planned.language(), content.site().defaultLanguage(),
                inputs.proseHtml());
        this.dates = new Dates(format, inputs.asOf());
        this.links = new Links(planned, plan, content.site(), this::ownPage);
        this.orgs = new Organisations(content, i18n);
        this.statuses = new Statuses(inputs.asOf());
        this.charts = new Charts(i18n, dates, statuses);
        this.citations = new Citations(content, links::page);
    }

    /** A page that reads less than everything refers only to the areas it declared; see the constructor. */
    private String ownArea(String areaId) {
        if (limited && content.area(areaId).isEmpty()) {
            throw new IllegalStateException("The page " + planned.path() + " refers to the area " + areaId
                    + ", which it did not declare it reads: a page of an area may only show that area, an archive"
                    + " year's page only the periods it lists (plan/InputGroups says what each kind of page reads).");
        }
        return areaId;
    }

    /** A page that reads less than everything links only to pages of what it declared: its areas, its periods. */
    private void ownPage(PlannedPage target) {
        if (target.subject() instanceof PromisePeriod period) {
            ownArea(period.areaId());
            if (limited && content.period(period.areaId(), period.id()).isEmpty()) {
                throw new IllegalStateException("The page " + planned.path() + " refers to the period " + period.areaId()
                        + "/" + period.id() + ", which it did not declare it reads: an archive year's page may only"
                        + " show the periods it lists (plan/InputGroups says what each kind of page reads).");
            }
        } else if (target.areaId() != null) {
            ownArea(target.areaId());
        }
    }

    public PlannedPage getPlanned() {
        return planned;
    }

    public Object getSubject() {
        return planned.subject();
    }

    /**
     * The page's view model (render/view), what its template reads instead of searching the content. Made when
     * the template asks for it, once, as it renders: the contexts of every page are made before the first page
     * renders, and views made with them would all be held until the last page is written.
     */
    public Object getView() {
        return Views.of(planned, content, inputs);
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

    /** Whether this page reads less than everything, and may only show what it declared (see the constructor). */
    @Override
    public boolean readsPartOfSite() {
        return limited;
    }

    public Locale getLocale() {
        return messages.locale();
    }

    public String getDefaultLang() {
        return content.site().defaultLanguage();
    }

    // --- the helpers' namespaces, which templates read as i18n, dates, links, orgs, statuses and charts ----

    public I18n getI18n() {
        return i18n;
    }

    public Dates getDates() {
        return dates;
    }

    public Links getLinks() {
        return links;
    }

    public Organisations getOrgs() {
        return orgs;
    }

    public Statuses getStatuses() {
        return statuses;
    }

    public Charts getCharts() {
        return charts;
    }

    /** The way from this page up to the site root (see {@link Links#getRoot()}). */
    public String getRoot() {
        return links.getRoot();
    }

    /** Where the sources say an item: a link to each of its passages in the archived source texts. */
    public List<Citation> citations(Sourced item, List<Source> sources) {
        return citations.of(item, sources);
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

    /** The period before this one in its area, or null. */
    public PromisePeriod previousPeriod(PromisePeriod period) {
        return content.area(ownArea(period.areaId())).flatMap(a -> a.previous(period)).orElse(null);
    }

    public PromisePeriod nextPeriod(PromisePeriod period) {
        return content.area(ownArea(period.areaId())).flatMap(a -> a.next(period)).orElse(null);
    }

    /** The wording change between two texts in this page's language, word by word. */
    public List<WordDiff.Segment> diff(LocalizedText before, LocalizedText after) {
        return WordDiff.between(i18n.t(before), i18n.t(after));
    }

    /** Equality of two model values; templates compare records and lists through this. */
    public boolean same(Object a, Object b) {
        return java.util.Objects.equals(a, b);
    }

    public boolean sameWording(LocalizedText before, LocalizedText after) {
        return WordDiff.same(i18n.t(before), i18n.t(after));
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

    // --- feeds, sitemap, overview ----------------------------------------------------------------------

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
        if (limited) {
            throw new IllegalStateException("The page " + planned.path()
                    + " lists every sitemap of the site, but did not declare it reads everything; see plan/InputGroups.");
        }
        return plan.pages().stream().filter(page -> page.template().equals(SitemapPart.TEMPLATE)).toList();
    }

    /** The roles of the site's pages the footer links to, in its order. */
    private static final List<String> FOOTER_ROLES = List.of("about", "contact", "accessibility");

    /** The pages the footer links to: about, contact and accessibility, each role in the content's order. */
    public List<se.medborgarloften.model.PageDocument> getFooterPages() {
        List<se.medborgarloften.model.PageDocument> pages = new ArrayList<>();
        for (String role : FOOTER_ROLES) {
            content.pages().stream().filter(doc -> role.equals(doc.page().role())).forEach(pages::add);
        }
        return pages;
    }

    /** The templates of the pages the search (Pagefind) indexes: those that say something of their own. Comparisons,
     * archive years and overviews repeat what these say. */
    private static final java.util.Set<String> SEARCHABLE = java.util.Set.of("area", "promise", "news", "page", "municipality");

    /** Whether the search indexes this page (see {@link #SEARCHABLE}). */
    public boolean isSearchable() {
        return SEARCHABLE.contains(planned.template());
    }

    /** The address (below source/) of the archive's copy of a source's text, or null when the archive holds none. */
    public String archivedSourceSlug(Source source) {
        return source.reference() == null ? null
                : content.archivedSource(source.reference()).map(archived -> archived.slug()).orElse(null);
    }
}
