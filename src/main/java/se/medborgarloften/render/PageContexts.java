package se.medborgarloften.render;

import se.medborgarloften.model.ContentHistory;
import se.medborgarloften.model.MessageBundle;
import se.medborgarloften.model.Prose;
import se.medborgarloften.model.SiteContent;
import se.medborgarloften.plan.OrganisationTree;
import se.medborgarloften.plan.PlannedPage;
import se.medborgarloften.plan.SitePlan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Makes each planned page's {@link PageContext}: what its template sees of the site, in its language. */
final class PageContexts {

    private final SiteContent content;
    private final RenderInputs inputs;
    private final Map<String, Messages> messages;
    private final Map<String, LocalFormat> formats = new HashMap<>();
    /** A page of an area sees only its area (see {@link SiteContent#withOnlyArea}); made once per area. */
    private final Map<String, SiteContent> areaViews = new HashMap<>();

    PageContexts(SiteContent content, SitePlan plan, List<MessageBundle> bundles, Map<Prose.ProseFile, String> proseHtml,
                 ContentHistory history, LocalDate asOf, List<String> schemaFiles) {
        this.content = content;
        this.messages = SiteRenderer.messagesByLanguage(content.site(), bundles);
        this.inputs = new RenderInputs(content, plan, proseHtml, history, asOf, schemaFiles, messages,
                new Comparisons(content.site().defaultLanguage(), content.site().languages().size(),
                        new OrganisationTree(content.organisationsById())));
        messages.forEach((language, m) -> formats.put(language, new LocalFormat(m)));
    }

    PageContext of(PlannedPage page) {
        SiteContent seen = page.areaId() == null ? content
                : areaViews.computeIfAbsent(page.areaId(), content::withOnlyArea);
        return new PageContext(page, inputs, seen, messages.get(page.language()), formats.get(page.language()));
    }
}
