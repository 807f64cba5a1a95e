package se.medborgarloften.load;

import se.medborgarloften.incremental.ReadCache;
import se.medborgarloften.model.PublishedUrls;
import se.medborgarloften.model.ContentHistory;
import se.medborgarloften.model.MessageBundle;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import se.medborgarloften.support.Workers;
import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.diagnostics.Text;
import se.medborgarloften.diagnostics.Diagnostics;
import se.medborgarloften.model.ArchivedSource;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads content/ and templates/i18n/ of one project. */
public final class ContentLoader {

    private static final Pattern PROSE_NAME = Pattern.compile("(promise|follow-up|news|page)\\.([a-z]{2})\\.adoc");
    private static final Pattern BUNDLE_NAME = Pattern.compile("messages_([a-z]{2})\\.properties");

    private final Path project;
    private final ReadCache<ReadFile> cache;
    private final ContentFiles files;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public ContentLoader(Path project) {
        this(project, new ReadCache<>(), new ContentFiles());
    }

    /**
     * A loader that takes unchanged files from what an earlier load in this process read (see {@link ReadCache}),
     * and the list of files from the earlier load when a watcher reports every change (see {@link ContentFiles}).
     */
    public ContentLoader(Path project, ReadCache<ReadFile> cache, ContentFiles files) {
        this.project = project;
        this.cache = cache;
        this.files = files;
    }

    public LoadedContent load() {
        Diagnostics diagnostics = new Diagnostics();
        List<JsonSource> json = new ArrayList<>();
        List<ProseSource> prose = new ArrayList<>();
        List<ArchivedSource> sources = new ArrayList<>();
        PublishedUrls publishedUrls = PublishedUrls.none();
        Path contentDir = project.resolve("content");
        if (!Files.isDirectory(contentDir)) {
            throw new ContentException(Diagnostic.error("content", 0, 0, "", Text.of("load.noContent", project),
                    Text.of("load.noContent.hint")));
        }
        Map<Path, ReadCache.Stamp> listed = files.list(contentDir);
        cache.retainOnly(listed.keySet());
        // Files are read and parsed on every core, and gathered in the order they were listed.
        List<ReadFile> reads = Workers.run(() -> listed.entrySet().parallelStream()
                .map(file -> cache.read(file.getKey(), file.getValue(), () -> read(contentDir, file.getKey()))).toList());
        for (ReadFile read : reads) {
            if (read.json() != null) {
                json.add(read.json());
            }
            if (read.prose() != null) {
                prose.add(read.prose());
            }
            if (read.source() != null) {
                sources.add(read.source());
            }
            if (read.publishedUrls() != null) {
                publishedUrls = read.publishedUrls();
            }
            diagnostics.addAll(read.problems());
        }
        List<MessageBundle> bundles = loadBundles(diagnostics);
        if (diagnostics.hasErrors()) {
            throw new UnreadableContentException(diagnostics.all(),
                    new LoadedContent(json, prose, bundles, publishedUrls, sources, ContentHistory.UNKNOWN));
        }
        return new LoadedContent(json, prose, bundles, publishedUrls, sources, GitHistory.read(project));
    }

    /** What one file under content/ turned out to be: at most one of these, or problems. */
    public record ReadFile(JsonSource json, ProseSource prose, PublishedUrls publishedUrls, ArchivedSource source,
                    List<Diagnostic> problems) {

        static final ReadFile NOT_CONTENT = new ReadFile(null, null, null, null, List.of());

        static ReadFile problem(Diagnostic problem) {
            return new ReadFile(null, null, null, null, List.of(problem));
        }
    }

    private ReadFile read(Path contentDir, Path file) {
        try {
            return readContentFile(contentDir.relativize(file), file, display(file));
        } catch (ContentException e) {
            return new ReadFile(null, null, null, null, e.diagnostics());
        }
    }

    private ReadFile readContentFile(Path relative, Path file, String path) {
        List<String> parts = new ArrayList<>();
        relative.forEach(p -> parts.add(p.toString()));
        String name = parts.get(parts.size() - 1);
        // Hidden files, editors' backups (name~) and notes for editors are not content.
        if (name.startsWith(".") || name.endsWith("~") || name.equals("README.md")) {
            return ReadFile.NOT_CONTENT;
        }
        if (String.join("/", parts).equals(PublishedUrls.FILE_NAME)) {
            return new ReadFile(null, null, PublishedUrls.parse(path, TextFiles.readUtf8(file, path)), null, List.of());
        }
        if (Files.isSymbolicLink(file)) {
            return ReadFile.problem(Diagnostic.error(path, 0, 0, "", Text.of("load.symlink"), Text.of("load.symlink.hint")));
        }
        ContentRole role = roleOf(parts);
        if (role != null) {
            List<String> folder = parts.subList(parts.get(0).equals(name) ? 0 : 1, parts.size() - 1);
            return new ReadFile(parseJson(file, path, role, folder), null, null, null, List.of());
        }
        if (parts.size() == 2 && parts.get(0).equals("sources") && name.endsWith(".txt")) {
            return new ReadFile(null, null, null, new ArchivedSource(name, path, TextFiles.readUtf8(file, path)), List.of());
        }
        Matcher prosed = PROSE_NAME.matcher(name);
        if (prosed.matches() && isProseLocation(parts, prosed.group(1))) {
            String jsonPath = display(file.resolveSibling(prosed.group(1) + ".json"));
            return new ReadFile(null, new ProseSource(path, jsonPath, prosed.group(2), TextFiles.readUtf8(file, path)), null, null, List.of());
        }
        return ReadFile.problem(Diagnostic.error(path, 0, 0, "", Text.of("load.unknownFile"), Text.of("load.unknownFile.hint")));
    }

    private static ContentRole roleOf(List<String> parts) {
        String joined = String.join("/", parts);
        if (joined.equals("site.json")) {
            return ContentRole.SITE;
        }
        if (joined.equals("organisations.json")) {
            return ContentRole.ORGANISATIONS;
        }
        if (joined.equals("redirects.json")) {
            return ContentRole.REDIRECTS;
        }
        String first = parts.get(0);
        String name = parts.get(parts.size() - 1);
        if (first.equals("areas") && parts.size() == 3 && name.equals("area.json")) {
            return ContentRole.AREA;
        }
        if (first.equals("areas") && parts.size() == 4 && name.equals("promise.json")) {
            return ContentRole.PROMISE;
        }
        if (first.equals("areas") && parts.size() == 4 && name.equals("follow-up.json")) {
            return ContentRole.FOLLOW_UP;
        }
        if (first.equals("news") && parts.size() == 3 && name.equals("news.json")) {
            return ContentRole.NEWS;
        }
        if (first.equals("pages") && parts.size() == 3 && name.equals("page.json")) {
            return ContentRole.PAGE;
        }
        return null;
    }

    private static boolean isProseLocation(List<String> parts, String base) {
        String first = parts.get(0);
        return switch (base) {
            case "promise", "follow-up" -> first.equals("areas") && parts.size() == 4;
            case "news" -> first.equals("news") && parts.size() == 3;
            case "page" -> first.equals("pages") && parts.size() == 3;
            default -> false;
        };
    }

    private JsonSource parseJson(Path file, String path, ContentRole role, List<String> folder) {
        String text = TextFiles.readUtf8(file, path);
        if (text.isBlank()) {
            throw new ContentException(Diagnostic.error(path, 1, 1, "", Text.of("load.empty"), Text.of("load.empty.hint")));
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ContentException(JsonSyntaxProblem.describe(path, text, e));
        }
        if (tree == null || !tree.isObject()) {
            throw new ContentException(Diagnostic.error(path, 1, 1, "", Text.of("load.notObject"), Text.of("load.notObject.hint")));
        }
        return new JsonSource(path, role, folder, text, tree);
    }

    private List<MessageBundle> loadBundles(Diagnostics diagnostics) {
        Path dir = project.resolve("templates").resolve("i18n");
        List<MessageBundle> bundles = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            diagnostics.add(Diagnostic.error("templates/i18n", 0, 0, "", Text.of("load.noBundles"), Text.of("load.noBundles.hint")));
            return bundles;
        }
        for (Path file : ContentFiles.listAll(dir).keySet()) {
            Matcher m = BUNDLE_NAME.matcher(file.getFileName().toString());
            if (!m.matches()) {
                continue;
            }
            String path = display(file);
            try {
                bundles.add(parseBundle(path, m.group(1), TextFiles.readUtf8(file, path)));
            } catch (ContentException e) {
                diagnostics.addAll(e.diagnostics());
            }
        }
        return bundles;
    }

    private static MessageBundle parseBundle(String path, String language, String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new ContentException(Diagnostic.error(path, 0, 0, "", Text.of("load.unreadable", e.getMessage()),
                    Text.of("load.unreadable.hint")));
        }
        Map<String, String> messages = new HashMap<>();
        properties.stringPropertyNames().forEach(k -> messages.put(k, properties.getProperty(k)));
        Map<String, Integer> lines = new HashMap<>();
        String[] rows = text.split("\n", -1);
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            int eq = row.indexOf('=');
            if (!row.isEmpty() && !row.startsWith("#") && !row.startsWith("!") && eq > 0) {
                lines.putIfAbsent(row.substring(0, eq).strip(), i + 1);
            }
        }
        return new MessageBundle(path, language, messages, lines);
    }

    private String display(Path file) {
        return project.relativize(file).toString().replace('\\', '/');
    }
}
