package se.medborgarloften.plan;

import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.diagnostics.Text;
import se.medborgarloften.load.ContentRole;
import se.medborgarloften.load.JsonSource;
import se.medborgarloften.load.LoadedContent;
import se.medborgarloften.model.PublishedUrls;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Refuses a site that would lose an address it once published, unless content/redirects.json says where
 * that address now leads, or it is a published comparison that leads on by itself (see ComparisonRedirects);
 * and checks that every redirect leads to a page that exists.
 */
public final class PublishedUrlGuard {

    private final LoadedContent loaded;

    public PublishedUrlGuard(LoadedContent loaded) {
        this.loaded = loaded;
    }

    /** The language folder an address is in ("sv" of sv/omraden/), or "" for one outside them. */
    private static String languageOf(String path) {
        int slash = path.indexOf('/');
        return slash == 2 ? path.substring(0, 2) : "";
    }

    public List<Diagnostic> check(SitePlan plan) {
        List<Diagnostic> found = new ArrayList<>();
        JsonSource redirectsFile = loaded.withRole(ContentRole.REDIRECTS).stream().findFirst().orElse(null);
        Set<String> redirected = new HashSet<>();
        if (redirectsFile != null) {
            var list = redirectsFile.tree().path("redirects");
            for (int i = 0; i < list.size(); i++) {
                String from = list.get(i).path("from").asText();
                String to = list.get(i).path("to").asText();
                String pointer = "/redirects/" + i;
                if (!redirected.add(from)) {
                    found.add(Diagnostic.error(redirectsFile.path(), redirectsFile.locate(pointer + "/from"), pointer + "/from",
                            Text.of("redirect.duplicate", from), Text.of("redirect.duplicate.hint")));
                }
                if (plan.hasPath(from)) {
                    found.add(Diagnostic.error(redirectsFile.path(), redirectsFile.locate(pointer + "/from"), pointer + "/from",
                            Text.of("redirect.stillPage", from), Text.of("redirect.stillPage.hint")));
                }
                if (!plan.hasPath(to)) {
                    found.add(Diagnostic.error(redirectsFile.path(), redirectsFile.locate(pointer + "/to"), pointer + "/to",
                            Text.of("redirect.noTarget", to), Text.of("redirect.noTarget.hint")));
                } else if (!languageOf(from).equals(languageOf(to))) {
                    // A reader of one language would land on a page in the other, with no way back.
                    found.add(Diagnostic.error(redirectsFile.path(), redirectsFile.locate(pointer + "/to"), pointer + "/to",
                            Text.of("redirect.otherLanguage", from, to), Text.of("redirect.otherLanguage.hint", languageOf(from))));
                }
            }
        }
        PublishedUrls published = loaded.publishedUrls();
        for (var entry : published.lines().entrySet()) {
            String url = entry.getKey();
            if (!plan.hasPath(url) && !redirected.contains(url) && !plan.redirects(url)) {
                found.add(Diagnostic.error(published.path(), entry.getValue(), 1, "", Text.of("url.lost", url),
                        Text.of("url.lost.hint", url)));
            }
        }
        return found;
    }
}
