package se.medborgarloften.model;

import java.util.List;
import java.util.Locale;

/** content/site.json */
public record SiteSettings(String baseUrl, String defaultLanguage, List<Language> languages, LocalizedText title,
                           LocalizedText tagline, List<String> owners, List<Link> contactLinks,
                           List<String> pendingTranslations) implements Translatable {

    public SiteSettings {
        languages = Lists.orEmpty(languages);
        owners = Lists.orEmpty(owners);
        contactLinks = Lists.orEmpty(contactLinks);
        pendingTranslations = Lists.orEmpty(pendingTranslations);
    }

    public record Language(String code, String name, String locale) {
        public Locale toLocale() {
            return Locale.forLanguageTag(locale);
        }
    }

    public record Link(LocalizedText label, String url) {
    }

    public Language language(String code) {
        return languages.stream().filter(l -> l.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No language " + code));
    }
}
