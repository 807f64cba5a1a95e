package se.medborgarloften.render;

import se.medborgarloften.model.ContentHistory;
import se.medborgarloften.model.Prose;
import se.medborgarloften.model.SiteContent;
import se.medborgarloften.plan.SitePlan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What every page of one build renders from: the content, the plan, the converted prose and the history, the
 * day the pages describe the archive's follow-ups as of, and the comparisons of a period with the one before it,
 * which its pages share between languages.
 */
record RenderInputs(SiteContent content, SitePlan plan, Map<Prose.ProseFile, String> proseHtml,
                    ContentHistory history, LocalDate asOf, List<String> schemaFiles, Map<String, Messages> messages,
                    Comparisons comparisons) {
}
