package se.medborgarloften.plan;

import se.medborgarloften.build.Sha256;
import se.medborgarloften.build.Workers;
import se.medborgarloften.load.JsonSource;
import se.medborgarloften.load.LoadedContent;
import se.medborgarloften.load.MessageBundle;
import se.medborgarloften.load.ProseSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the pages of each area are made from, as a digest, so that a build can keep a page whose inputs have
 * not changed since its file was written. A page of an area (the area page, its promise periods and their
 * comparisons) is made from that area's folder and from what no area owns: settings, organisations, news,
 * pages, UI texts, templates, schemas, jbake.properties, the address the site is published at and this
 * program itself. Such a page can see no other area (see the render stage's PageContext), so nothing else
 * can change it. Every other page (home, archives, feeds …) is made from everything and is always rendered.
 *
 * <p>A page's digest is its area's: which pages an area has, at which addresses, with which templates, is
 * planned from the same inputs, so a page's own file, template and alternates add nothing to it. So is a
 * file of an area made outside the templates (a period's downloads, an area's part of the search index).
 *
 * @param areas by area id, the digest of everything the area's pages are made from: its folder and what no
 *              area owns
 */
public record PageInputs(Map<String, String> areas) {

    private static final String AREAS = "content/areas/";

    public PageInputs {
        areas = Map.copyOf(areas);
    }

    /**
     * The digests of what the loaded content's pages are made from, hashing again only the areas whose texts
     * changed since the builds that used these digests.
     */
    public static PageInputs of(LoadedContent loaded, Path project, String baseUrl, AreaDigests earlier) {
        Map<String, String> shared = new TreeMap<>();
        Map<String, Map<String, String>> byArea = new HashMap<>();
        for (JsonSource source : loaded.json()) {
            owner(source.path(), shared, byArea).put(source.path(), source.text());
        }
        for (ProseSource source : loaded.prose()) {
            owner(source.path(), shared, byArea).put(source.path(), source.text());
        }
        loaded.history().lastChanged().forEach((path, date) ->
                owner(path, shared, byArea).put("history " + path, date.toString()));
        for (MessageBundle bundle : loaded.messageBundles()) {
            shared.put(bundle.path(), new TreeMap<>(bundle.messages()).toString());
        }
        shared.put("base url", String.valueOf(baseUrl));
        shared.put("program", Program.IDENTITY);
        for (String part : List.of("templates", "schema", "jbake.properties")) {
            Path path = project.resolve(part);
            try (Stream<Path> files = Files.exists(path) ? Files.walk(path) : Stream.empty()) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    shared.put(project.relativize(file).toString(), HexFormat.of().formatHex(Files.readAllBytes(file)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // Hashing every text is most of this stage at national scale; areas are hashed on every core.
        earlier.retainOnly(byArea.keySet());
        Map<String, String> folders = Workers.run(() -> byArea.entrySet().parallelStream().collect(Collectors.toMap(
                Map.Entry::getKey, area -> earlier.of(area.getKey(), area.getValue(), PageInputs::digest))));
        String sharedDigest = digest(shared);
        Map<String, String> areas = new HashMap<>();
        folders.forEach((folder, folderDigest) -> areas.put(folder.substring(AREAS.length(), folder.length() - 1),
                digest(sharedDigest + "\n" + folderDigest)));
        return new PageInputs(areas);
    }

    /** The map an input belongs to: its area's when it lies in an area's folder, otherwise the shared one. */
    private static Map<String, String> owner(String path, Map<String, String> shared, Map<String, Map<String, String>> byArea) {
        String folder = areaFolderOf(path);
        return folder == null ? shared : byArea.computeIfAbsent(folder, f -> new TreeMap<>());
    }

    /**
     * The digest of everything this page is made from, or null when it is made from everything (the home
     * page, archives, feeds …) and must always be rendered.
     */
    public String of(PlannedPage page) {
        return page.areaId() == null ? null : area(page.areaId());
    }

    /**
     * The digest of everything the pages and other files of an area are made from, or null for an area the
     * build has not read.
     */
    public String area(String areaId) {
        return areas.get(areaId);
    }

    private static String areaFolderOf(String path) {
        if (path == null || !path.startsWith(AREAS)) {
            return null;
        }
        int end = path.indexOf('/', AREAS.length());
        return end < 0 ? null : path.substring(0, end + 1);
    }

    /**
     * The digest of named texts, fed in one by one: an area's files joined into one string first were the
     * largest objects of a national build, made only to be hashed.
     */
    private static String digest(Map<String, String> texts) {
        MessageDigest sha = Sha256.newDigest();
        texts.forEach((name, text) -> {
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        });
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String digest(String text) {
        return Sha256.hex(text);
    }

    /** This program and its libraries: a page rendered by another version of either is rendered again. */
    private static final class Program {

        static final String IDENTITY = identity();

        private static String identity() {
            StringBuilder parts = new StringBuilder(System.getProperty("java.version", ""));
            for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
                Path path = Path.of(entry);
                try {
                    parts.append('\n').append(entry);
                    if (Files.isRegularFile(path)) {
                        parts.append(' ').append(Files.size(path)).append(' ').append(Files.getLastModifiedTime(path));
                    }
                } catch (IOException e) {
                    parts.append(" unreadable");
                }
            }
            parts.append('\n').append(ownCode());
            return digest(parts.toString());
        }

        /** The digest of this program's own classes, wherever they were loaded from (a folder or a jar). */
        private static String ownCode() {
            try {
                return Sha256.ofTree(Path.of(PageInputs.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (IOException | URISyntaxException | RuntimeException e) {
                // Unknown code: a value no earlier build recorded, so that every page is rendered.
                return "unknown " + System.nanoTime();
            }
        }
    }
}
