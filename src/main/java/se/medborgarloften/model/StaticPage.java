package se.medborgarloften.model;

import java.util.List;

/** content/pages/&lt;id&gt;/page.json */
public record StaticPage(LocalizedText slug, LocalizedText title, LocalizedText summary, String role,
                         PartialDate updated, List<String> pendingTranslations) implements Translatable {
    public StaticPage {
        pendingTranslations = Lists.orEmpty(pendingTranslations);
    }
}
