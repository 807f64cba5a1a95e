package se.medborgarloften;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads a generated site: its HTML pages parsed, and links resolved to files the way a web server would. */
public final class SiteHtml {

    private final Path root;
    private final Map<Path, Document> parsed = new HashMap<>();

    public SiteHtml(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public List<Path> pages() {
        try (Stream<Path> files = Files.walk(root, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            // The editor's page (admin/) is no page of the public site: no navigation, no language versions, not
            // indexed; EditorTest checks it.
            Path admin = root.resolve("admin");
            return files.filter(p -> p.toString().endsWith(".html") && !p.startsWith(admin)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Document page(Path file) {
        return parsed.computeIfAbsent(file, f -> {
            try {
                return Jsoup.parse(f.toFile(), "UTF-8");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The file a site-relative path such as "sv/omraden/" serves. */
    public Path file(String sitePath) {
        Path p = root.resolve(sitePath);
        return sitePath.isEmpty() || sitePath.endsWith("/") ? p.resolve("index.html") : p;
    }

    /** The file a relative href on a page leads to (without its fragment), or null for off-site links. */
    public Path resolve(Path fromPage, String href) {
        URI uri = URI.create(href);
        if (uri.getScheme() != null || href.startsWith("//")) {
            return null;
        }
        String path = uri.getPath();
        if (path == null || path.isEmpty()) {
            return fromPage;
        }
        // A page with <base href="/…/"> (the 404 pages) links from the site's root, as a browser does.
        Path folder = fromPage.toString().endsWith(".html") && page(fromPage).selectFirst("base[href]") != null
                ? root : fromPage.getParent();
        Path target = folder.resolve(path).normalize();
        return path.endsWith("/") || Files.isDirectory(target) ? target.resolve("index.html") : target;
    }

    /** Visible text with all white space, including non-breaking spaces, collapsed to single spaces. */
    public static String normalized(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
