package se.medborgarloften.render.admin;

import se.medborgarloften.support.CanonicalJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import se.medborgarloften.model.MessageBundle;
import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.NewsArticle;
import se.medborgarloften.model.PageDocument;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.model.SiteContent;
import se.medborgarloften.plan.PlannedPage;
import se.medborgarloften.plan.SitePlan;
import se.medborgarloften.output.StagingSite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes the editor into the site's admin/ folder: its page (own Content-Security-Policy, noindex, linked from no
 * public page and in no sitemap), its script, its configuration in each UI language, the map from each content
 * file to the page that shows it (the editor's preview), and Decap CMS's own files, copied from
 * src/main/admin/node_modules (installed by `npm ci`), so the page loads nothing from anywhere else.
 */
public final class AdminSite {

    /** Where `npm ci` in src/main/admin puts Decap CMS's built files. */
    public static final String BUNDLE = "src/main/admin/node_modules/decap-cms/dist";

    private final Path project;
    private final ObjectMapper json = new ObjectMapper();

    public AdminSite(Path project) {
        this.project = project;
    }

    public void write(SiteContent content, SitePlan plan, List<MessageBundle> bundles, StagingSite site) {
        Map<String, Map<String, String>> messages = new TreeMap<>();
        bundles.forEach(b -> messages.put(b.language(), b.messages()));
        String defaultLanguage = content.site().defaultLanguage();
        Map<String, String> ui = messages.getOrDefault(defaultLanguage, Map.of());
        site.write("admin/index.html", page(ui).getBytes(StandardCharsets.UTF_8));
        site.write("admin/editor.js", resource("editor.js"));
        site.write("admin/editor-init.js", resource("editor-init.js"));
        site.write("admin/editor.css", resource("editor.css"));
        for (var language : content.site().languages()) {
            EditorConfig config = new EditorConfig(project, content, language.code(),
                    messages.getOrDefault(language.code(), Map.of()));
            site.write("admin/config." + language.code() + ".json", bytes(config.config()));
        }
        site.write("admin/pages.json", bytes(pages(content, plan)));
        copyBundle(site);
    }

    /** Each content file's page, by file or by its folder, in every language: what the preview pane shows. */
    private ObjectNode pages(SiteContent content, SitePlan plan) {
        Map<String, String> folderOf = new TreeMap<>();
        for (AreaHistory area : content.areas()) {
            folderOf.put("area/" + area.id(), area.sourceFile());
            for (PromisePeriod period : area.periods()) {
                folderOf.put("promise/" + area.id() + "/" + period.id(), folder(period.sourceFile()));
            }
        }
        for (NewsArticle news : content.news()) {
            folderOf.put("news/" + news.id(), folder(news.sourceFile()));
        }
        for (PageDocument page : content.pages()) {
            folderOf.put("page/" + page.id(), folder(page.sourceFile()));
        }
        ObjectNode pages = json.createObjectNode();
        for (PlannedPage page : plan.pages()) {
            String file = null;
            if (page.subject() instanceof PromisePeriod period) {
                file = folderOf.get("promise/" + period.areaId() + "/" + period.id());
            } else if (page.subject() instanceof AreaHistory area && page.template().equals("area")) {
                file = folderOf.get("area/" + area.id());
            } else if (page.subject() instanceof NewsArticle news) {
                file = folderOf.get("news/" + news.id());
            } else if (page.subject() instanceof PageDocument document) {
                file = folderOf.get("page/" + document.id());
            }
            if (file != null && page.template().matches("promise|area|news|page")) {
                ObjectNode languages = pages.has(file) ? (ObjectNode) pages.get(file) : pages.putObject(file);
                languages.put(page.language(), "/" + page.path());
            }
        }
        return pages;
    }

    private static String folder(String sourceFile) {
        return sourceFile.substring(0, sourceFile.lastIndexOf('/') + 1);
    }

    /** The page itself: no inline script or style, so its policy holds; Decap's styles are set by script, hence 'unsafe-inline' for styles. */
    private String page(Map<String, String> ui) {
        String title = escape(ui.getOrDefault("editor.title", "Editor"));
        return """
                <!DOCTYPE html>
                <html lang="sv">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex, nofollow">
                <meta http-equiv="Content-Security-Policy" content="%s">
                <meta name="referrer" content="no-referrer">
                <link rel="icon" href="../favicon.svg" type="image/svg+xml">
                <link rel="stylesheet" href="editor.css">
                <title>%s</title>
                </head>
                <body data-pagefind-ignore="all">
                <noscript>%s</noscript>
                <script src="editor-init.js"></script>
                <script src="decap-cms.js"></script>
                <script src="editor.js"></script>
                </body>
                </html>
                """.formatted(POLICY, title, title);
    }

    /**
     * Only the site itself and GitHub's API (the deployed editor's backend; the live preview's is this site's own
     * /api/v1). Decap sets its styles from script ('unsafe-inline' styles), compiles its configuration's checks
     * (Ajv) into functions ('unsafe-eval') and one part to WebAssembly; every script is still the site's own.
     */
    public static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https://avatars.githubusercontent.com; "
            + "connect-src 'self' https://api.github.com; frame-src 'self'; font-src 'self' data:; worker-src 'self' blob:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'";

    private void copyBundle(StagingSite site) {
        Path dist = project.resolve(BUNDLE);
        if (!Files.isDirectory(dist)) {
            return;
        }
        try (Stream<Path> files = Files.list(dist)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!(name.endsWith("decap-cms.js") || name.endsWith(".wasm") || name.equals("decap-cms.js.LICENSE.txt"))) {
                    continue;
                }
                String target = "admin/" + name;
                BasicFileAttributes source = Files.readAttributes(file, BasicFileAttributes.class);
                Path there = site.root().resolve(target);
                // 6 MB that change only with `npm ci`: left in place when the working copy has the same file.
                if (Files.isRegularFile(there) && Files.size(there) == source.size()
                        && Files.getLastModifiedTime(there).compareTo(source.lastModifiedTime()) >= 0) {
                    site.markKept(target, source.size());
                } else {
                    site.write(target, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] bytes(ObjectNode node) {
        return CanonicalJson.write(node).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = AdminSite.class.getResourceAsStream("/editor/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
