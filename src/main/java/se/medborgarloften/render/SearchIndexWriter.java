package se.medborgarloften.render;

import se.medborgarloften.incremental.StoredParts;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.LocalizedText;
import se.medborgarloften.model.NewsArticle;
import se.medborgarloften.model.PageDocument;
import se.medborgarloften.model.Promise;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.model.Prose;
import se.medborgarloften.model.SiteContent;
import se.medborgarloften.model.SiteSettings;
import se.medborgarloften.support.Workers;
import se.medborgarloften.plan.PagePlanner;
import se.medborgarloften.plan.SitePlan;
import se.medborgarloften.output.StagingSite;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The search index, one file per language (search/sv.json): every promise, area, news item and static
 * page with its title, address and text. The search page's script stems words itself (Swedish stemming
 * for Swedish), so the index holds the words as written.
 */
final class SearchIndexWriter {

    private final SiteContent content;
    private final SitePlan plan;
    private final Map<Prose.ProseFile, String> proseHtml;
    /** Each language's way of writing a period, so a result names it as its page does ("maj 2024 – maj 2025"). */
    private final Map<String, LocalFormat> formats;

    SearchIndexWriter(SiteContent content, SitePlan plan, Map<Prose.ProseFile, String> proseHtml,
                      Map<String, LocalFormat> formats) {
        this.content = content;
        this.plan = plan;
        this.proseHtml = proseHtml;
        this.formats = formats;
    }

    /**
     * Writes each language's index: a JSON list of documents, the parts of areas whose inputs are unchanged
     * as an earlier build kept them (see {@link StoredParts}). A document does not depend on the others, so
     * the list is the areas' parts and the rest joined by commas.
     */
    void write(StagingSite site, StoredParts parts) {
        ObjectMapper json = new ObjectMapper();
        for (SiteSettings.Language language : content.site().languages()) {
            String lang = language.code();
            String file = "search/" + lang + ".json";
            Workers.run(() -> {
                content.areas().parallelStream().forEach(area ->
                        parts.keep(file, area.id(), () -> areaDocuments(json, area, lang)));
                return null;
            });
            List<Map<String, String>> others = new ArrayList<>();
            for (NewsArticle news : content.news()) {
                others.add(document("news/" + news.id(), lang, "news", text(news.item().title(), lang),
                        text(news.item().summary(), lang), prose(news.prose(), lang)));
            }
            for (PageDocument page : content.pages()) {
                others.add(document("page/" + page.id(), lang, "page", text(page.page().title(), lang),
                        text(page.page().summary(), lang), prose(page.prose(), lang)));
            }
            site.write(file, out -> {
                out.write('[');
                boolean first = true;
                for (AreaHistory area : content.areas()) {
                    byte[] part = parts.read(file, area.id(), () -> areaDocuments(json, area, lang));
                    first = separate(out, first);
                    out.write(part);
                }
                for (Map<String, String> document : others) {
                    first = separate(out, first);
                    out.write(json.writeValueAsBytes(document));
                }
                out.write(']');
            });
        }
    }

    private static boolean separate(OutputStream out, boolean first) throws IOException {
        if (!first) {
            out.write(',');
        }
        return false;
    }

    /** An area's documents, its own and its promises', as they stand in the list: comma-separated. */
    private byte[] areaDocuments(ObjectMapper json, AreaHistory area, String lang) {
        List<Map<String, String>> documents = new ArrayList<>();
        documents.add(document("area/" + area.id(), lang, "area", text(area.area().name(), lang),
                text(area.area().name(), lang), text(area.area().description(), lang)));
        for (PromisePeriod period : area.periods()) {
            documents.add(promise(period, area, lang));
        }
        try {
            byte[] list = json.writeValueAsBytes(documents);
            return Arrays.copyOfRange(list, 1, list.length - 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> promise(PromisePeriod period, AreaHistory area, String lang) {
        Promise p = period.promise();
        String title = text(area.area().name(), lang) + ", " + formats.get(lang).range(p.period()) + ": " + text(p.title(), lang);
        Stream<String> parts = Stream.of(
                Stream.of(text(p.focus(), lang)),
                p.problems().stream().flatMap(problem -> Stream.of(text(problem.title(), lang),
                        problem.desiredEffect() == null ? "" : text(problem.desiredEffect().text(), lang))),
                p.commitments().stream().map(c -> text(c.text(), lang)),
                p.goals().stream().map(g -> text(g, lang)),
                Stream.of(prose(period.prose(), lang)),
                period.hasFollowUp() ? period.followUp().findings().stream().map(f -> text(f.text(), lang)) : Stream.<String>empty())
                .flatMap(s -> s);
        return document(PagePlanner.promiseKey(period), lang, "promise", title, "", parts.collect(Collectors.joining(" ")));
    }

    private Map<String, String> document(String key, String lang, String kind, String title, String summary, String text) {
        Map<String, String> document = new LinkedHashMap<>();
        document.put("title", title);
        document.put("url", plan.page(key, lang).path());
        document.put("kind", kind);
        document.put("summary", summary);
        document.put("text", text);
        return document;
    }

    private String prose(Prose prose, String lang) {
        Prose.ProseFile file = prose.in(lang) != null ? prose.in(lang) : prose.in(content.site().defaultLanguage());
        String html = file == null ? null : proseHtml.get(file);
        return html == null ? "" : Jsoup.parseBodyFragment(html).text();
    }

    private String text(LocalizedText text, String lang) {
        if (text == null) {
            return "";
        }
        return MarkedText.plain(Objects.requireNonNullElse(text.in(lang), text.in(content.site().defaultLanguage())));
    }
}
