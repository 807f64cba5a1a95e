package se.medborgarloften.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jsoup.nodes.Entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the built site on localhost. HTML pages get the preview's reload script (never part of the
 * built site) and, when the latest build failed, its errors at the top of the page.
 */
final class PreviewServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"), Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("woff2", "font/woff2"));

    private final Path site;
    /** How long an open page's question for a newer build is held before it is answered with the same one. */
    private static final long LONGEST_WAIT_MILLIS = 20_000;

    private final LatestBuild state;
    private final String problemsHeading;
    private final HttpServer server;
    // Each open page holds a thread while it waits for the next build, so the pool grows with them.
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "preview-http");
        t.setDaemon(true);
        return t;
    });

    PreviewServer(Path site, int port, LatestBuild state, String problemsHeading) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        this.state = state;
        this.problemsHeading = problemsHeading;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/__preview/state", this::state);
        server.createContext("/__preview/reload.js", this::script);
        server.createContext("/", this::file);
        server.setExecutor(threads);
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The latest build's state; with ?since=VERSION, once a build newer than that has ended. */
    private void state(HttpExchange exchange) throws IOException {
        BuildState s = state.get();
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null && query.matches("since=\\d{1,18}")) {
            try {
                s = state.awaitNewerThan(Long.parseLong(query.substring("since=".length())), LONGEST_WAIT_MILLIS);
            } catch (InterruptedException e) {
                // The preview is stopping: answered with what there is.
                Thread.currentThread().interrupt();
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

    private void file(HttpExchange exchange) throws IOException {
        String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
        Path target = site.resolve(path.substring(1)).normalize();
        if (!target.startsWith(site)) {
            send(exchange, 404, TYPES.get("txt"), "Not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (Files.isDirectory(target)) {
            if (!path.endsWith("/")) {
                exchange.getResponseHeaders().set("Location", path + "/");
                send(exchange, 301, TYPES.get("txt"), new byte[0]);
                return;
            }
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
            send(exchange, 404, TYPES.get("html"), page("<h1>404</h1><p>" + escape(path) + "</p>"));
            return;
        }
        String name = target.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
        byte[] body = Files.readAllBytes(target);
        if (name.endsWith(".html")) {
            body = withPreview(new String(body, StandardCharsets.UTF_8));
        }
        send(exchange, 200, type, body);
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
