package se.medborgarloften.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jsoup.nodes.Entities;
import se.medborgarloften.output.WorkingCopyListings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the built site on localhost. HTML pages get the preview's reload script (never part of the
 * built site) and, when the latest build failed, its errors at the top of the page. While a rebuild that
 * rendered the open pages first goes on, those pages are served from memory (see {@link PagesAhead}).
 */
final class PreviewServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"), Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("woff2", "font/woff2"));

    private final Path site;
    private final Path assets;
    /** How long an open page's question for a newer build is held before it is answered with the same one. */
    private static final long LONGEST_WAIT_MILLIS = 20_000;

    private final LatestBuild state;
    /** The two folders the site is published from by turns, as the builds of this preview use them. */
    private final WorkingCopyListings folders;
    private final OpenPages openPages;
    private final PagesAhead ahead;
    private final String problemsHeading;
    private final HttpServer server;
    // Each open page holds a thread while it waits for the next build, so the pool grows with them.
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "preview-http");
        t.setDaemon(true);
        return t;
    });

    /** @param assets the project's assets/, whose files are copied to the site as they are */
    PreviewServer(Path site, Path assets, int port, LatestBuild state, WorkingCopyListings folders, OpenPages openPages,
                  PagesAhead ahead, String problemsHeading) throws IOException {
        this.folders = folders;
        this.site = site.toAbsolutePath().normalize();
        this.assets = assets.toAbsolutePath().normalize();
        this.state = state;
        this.openPages = openPages;
        this.ahead = ahead;
        this.problemsHeading = problemsHeading;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/__preview/state", this::state);
        server.createContext("/__preview/reload.js", this::script);
        server.createContext("/", this::file);
        server.setExecutor(threads);
    }

    /** Serves this path with another handler too: the editor's local backend (see editor/LocalBackend). */
    void handle(String path, com.sun.net.httpserver.HttpHandler handler) {
        server.createContext(path, handler);
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /**
     * The latest build's state; with ?since=VERSION, once a build newer than that has ended. An open page
     * adds &page=ITS_PATH, so that a rebuild while it waits renders it first.
     */
    private void state(HttpExchange exchange) throws IOException {
        BuildState s = state.get();
        Map<String, String> query = queryOf(exchange.getRequestURI());
        String since = query.getOrDefault("since", "");
        if (since.matches("\\d{1,18}")) {
            String page = siteFileOf(query.get("page"));
            if (page != null) {
                openPages.opened(page);
            }
            try {
                s = state.awaitNewerThan(Long.parseLong(since), LONGEST_WAIT_MILLIS);
            } catch (InterruptedException e) {
                // The preview is stopping: answered with what there is.
                Thread.currentThread().interrupt();
            } finally {
                if (page != null) {
                    openPages.closed(page);
                }
            }
        }
        send(exchange, 200, "application/json", ("{\"version\":" + s.version() + ",\"ok\":" + s.ok() + "}")
                .getBytes(StandardCharsets.UTF_8));
    }

    private void script(HttpExchange exchange) throws IOException {
        try (InputStream in = PreviewServer.class.getResourceAsStream("/preview/reload.js")) {
            send(exchange, 200, TYPES.get("js"), in.readAllBytes());
        }
    }

    private static Map<String, String> queryOf(URI uri) {
        Map<String, String> query = new HashMap<>();
        String raw = uri.getRawQuery();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                query.putIfAbsent(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    /** The file below the site's root that a path, as a browser shows it, is served from; null if none can be. */
    private String siteFileOf(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return null;
        }
        try {
            String path = URI.create(rawPath).getPath();
            Path target = site.resolve(path.substring(1)).normalize();
            if (!target.startsWith(site)) {
                return null;
            }
            String file = site.relativize(target).toString().replace('\\', '/');
            return path.endsWith("/") ? (file.isEmpty() ? "" : file + "/") + "index.html" : file;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void file(HttpExchange exchange) throws IOException {
        String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
        String file = siteFileOf(exchange.getRequestURI().getRawPath());
        if (file == null) {
            send(exchange, 404, TYPES.get("txt"), "Not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] body = null;
        try {
            body = ahead.awaitCurrent(file, !isAsset(file), LONGEST_WAIT_MILLIS);
        } catch (InterruptedException e) {
            // The preview is stopping: answered from the published folder.
            Thread.currentThread().interrupt();
        }
        if (body == null) {
            // Read from the folder the site is published in now, which no rebuild writes into until the file is read.
            try (WorkingCopyListings.Reading reading = folders.reading(site)) {
                Path target = reading.folder().resolve(file);
                if (Files.isDirectory(target)) {
                    exchange.getResponseHeaders().set("Location", path + "/");
                    send(exchange, 301, TYPES.get("txt"), new byte[0]);
                    return;
                }
                if (!Files.isRegularFile(target)) {
                    send(exchange, 404, TYPES.get("html"), page("<h1>404</h1><p>" + escape(path) + "</p>"));
                    return;
                }
                body = Files.readAllBytes(target);
            }
        }
        send(exchange, 200, typeOf(file), file.endsWith(".html") && !file.startsWith("admin/") ? withPreview(new String(body, StandardCharsets.UTF_8)) : body);
    }

    private static String typeOf(String name) {
        return TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
    }

    /** Whether the file is a copy of a file in assets/, which only an edit of assets/ changes. */
    private boolean isAsset(String file) {
        Path source = assets.resolve(file).normalize();
        return source.startsWith(assets) && Files.isRegularFile(source);
    }

    private byte[] withPreview(String html) {
        String script = "<script src=\"/__preview/reload.js\"></script>";
        BuildState s = state.get();
        String banner = s.ok() ? "" : problems(s);
        String result = html.replaceFirst("(<body[^>]*>)", "$1" + java.util.regex.Matcher.quoteReplacement(banner));
        int end = result.lastIndexOf("</body>");
        result = end < 0 ? result + script : result.substring(0, end) + script + result.substring(end);
        return result.getBytes(StandardCharsets.UTF_8);
    }

    private String problems(BuildState s) {
        return "<div class=\"preview-problems\" role=\"alert\"><h2>" + escape(problemsHeading) + "</h2><pre>"
                + escape(String.join("\n\n", s.problems())) + "</pre></div>";
    }

    private byte[] page(String body) {
        return withPreview("<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Förhandsvisning</title>"
                + "</head><body>" + body + "</body></html>");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
