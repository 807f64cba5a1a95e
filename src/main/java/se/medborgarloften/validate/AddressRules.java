package se.medborgarloften.validate;

import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.diagnostics.Text;

import se.medborgarloften.load.LoadedContent;
import se.medborgarloften.model.LocalizedText;
import se.medborgarloften.model.NewsArticle;
import se.medborgarloften.model.PageDocument;
import se.medborgarloften.model.SiteSettings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Two pages may never share an address, and the pages the law requires must exist. */
final class AddressRules {

    private final SiteSettings site;

    AddressRules(SiteSettings site) {
        this.site = site;
    }

    List<Diagnostic> check(LoadedContent loaded, List<NewsArticle> news, List<PageDocument> pages) {
        List<Diagnostic> found = new ArrayList<>();
        for (SiteSettings.Language language : site.languages()) {
            String code = language.code();
            Map<String, String> usedBy = new HashMap<>();
            loaded.messageBundles().stream().filter(b -> b.language().equals(code)).findFirst().ifPresent(bundle ->
                    bundle.messages().forEach((key, value) -> {
                        if (key.startsWith("url.")) {
                            usedBy.put(value, bundle.path());
                        }
                    }));
            for (PageDocument page : pages) {
                claim(loaded, usedBy, slug(page.page().slug(), code), page.sourceFile(), code, found);
            }
            Map<String, String> newsSlugs = new HashMap<>();
            for (NewsArticle article : news) {
                claim(loaded, newsSlugs, slug(article.item().slug(), code), article.sourceFile(), code, found);
            }
        }
        if (pages.stream().noneMatch(p -> "accessibility".equals(p.page().role()))) {
            found.add(Diagnostic.error("content/pages", 0, 0, "", Text.of("pages.noAccessibility"), Text.of("pages.noAccessibility.hint")));
        }
        for (String role : List.of("about", "accessibility", "contact")) {
            List<PageDocument> withRole = pages.stream().filter(p -> role.equals(p.page().role())).toList();
            for (PageDocument extra : withRole.subList(Math.min(1, withRole.size()), withRole.size())) {
                found.add(Diagnostic.error(extra.sourceFile(), line(loaded, extra.sourceFile(), "/role"), 0, "/role",
                        Text.of("pages.roleTaken", role, withRole.get(0).sourceFile()), Text.of("pages.roleTaken.hint")));
            }
        }
        return found;
    }

    private String slug(LocalizedText slug, String language) {
        return slug.has(language) ? slug.in(language) : slug.in(site.defaultLanguage());
    }

    private static void claim(LoadedContent loaded, Map<String, String> usedBy, String slug, String file, String language,
                              List<Diagnostic> found) {
        String earlier = usedBy.putIfAbsent(slug, file);
        if (earlier != null) {
            String pointer = "/slug/" + language;
            found.add(Diagnostic.error(file, line(loaded, file, pointer), 0, pointer,
                    Text.of("address.taken", slug, language, earlier), Text.of("address.taken.hint")));
        }
    }

    private static int line(LoadedContent loaded, String path, String pointer) {
        return loaded.json().stream().filter(s -> s.path().equals(path)).findFirst()
                .map(s -> s.locate(pointer).line()).orElse(0);
    }

}
