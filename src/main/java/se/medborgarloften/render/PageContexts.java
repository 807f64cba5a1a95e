package se.medborgarloften.render;

import se.medborgarloften.incremental.Reads;
import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.plan.InputGroups;

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
    /**
     * What a page that reads less than everything sees of the content: only the areas and periods its reads cover
     * (see the plan stage's InputGroups); made once for all the pages with the same reads.
     */
    private final Map<Reads, SiteContent> views = new HashMap<>();

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
        Reads reads = InputGroups.of(page);
        SiteContent seen = reads.everything() ? content : views.computeIfAbsent(reads, this::limitedTo);
        return new PageContext(page, inputs, seen, !reads.everything(), messages.get(page.language()),
                formats.get(page.language()));
    }

    /** The content with only the areas, and of each only the periods, that these reads cover. */
    private SiteContent limitedTo(Reads reads) {
        InputGroups.Visible visible = InputGroups.visible(reads);
        List<AreaHistory> areas = content.areas().stream()
                .filter(visible::sees)
                .map(area -> new AreaHistory(area.area(),
                        area.periods().stream().filter(p -> visible.sees(area, p)).toList(), area.sourceFile()))
                .toList();
        return content.withAreas(areas);
    }
}
