package se.medborgarloften.plan;

import se.medborgarloften.support.Sha256;
import se.medborgarloften.support.Workers;
import se.medborgarloften.model.ArchivedSource;
import se.medborgarloften.load.JsonSource;
import se.medborgarloften.load.LoadedContent;
import se.medborgarloften.model.MessageBundle;
import se.medborgarloften.load.ProseSource;
import se.medborgarloften.model.PromisePeriod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the pages of each area are made from, as a digest, so that a build can keep a page whose inputs have
 * not changed since its file was written. A page of an area (the area page, its history page and its promise
 * periods, each of which shows its changes since the period before) is made from that area's folder and from
 * what no area owns: settings, organisations, news, pages, UI texts, templates, schemas, jbake.properties, the
 * address the site is published at, the day it describes follow-ups as of, and this program itself. Such a page
 * can see no other area (see the render stage's PageContext), so nothing else can change it. Every other page
 * (home, the archive's index, feeds …) except an archive year's (below) is made from everything and is always
 * rendered.
 *
 * <p>A page's digest is its area's: which pages an area has, at which addresses, with which templates, is
 * planned from the same inputs, so a page's own file, template and alternates add nothing to it. So is a
 * file of an area made outside the templates (a period's downloads, an area's part of the search index).
 * The history page reads every period of its area, and a period's page reads the period before it, so both
 * take the area's digest. The area's pages are one per period and one more, so an edit of one period renders
 * its area's few pages (the site once compared every pair of periods on a page of its own, 45 per area at ten
 * periods, and gave each of those a narrower digest of its own). An archive year's page, though it lists
 * periods of every area, is made from the periods it lists only.
 *
 * @param areas        by area id, the digest of everything the area's pages are made from: its folder and what
 *                     no area owns
 * @param archiveYears by year, the digest of an archive year's page's inputs (see {@link #archiveYearDigest})
 */
public record PageInputs(Map<String, String> areas, Map<Integer, String> archiveYears) {

    private static final String AREAS = "content/areas/";
    private static final String HISTORY = "history ";
    /** After an area's folder, the name under which its own files (not a period's) are digested. */
    private static final String OWN = " own";

    public PageInputs {
        areas = Map.copyOf(areas);
        archiveYears = Map.copyOf(archiveYears);
    }

    /**
     * The digests of what the loaded content's pages are made from, hashing again only the areas whose texts
     * changed since the builds that used these digests.
     */
    public static PageInputs of(LoadedContent loaded, Path project, String baseUrl, LocalDate asOf, AreaDigests earlier,
                                List<ArchiveYear> archiveYears) {
        Map<String, String> shared = new TreeMap<>();
        Map<String, Map<String, String>> byArea = new HashMap<>();
        for (JsonSource source : loaded.json()) {
            owner(source.path(), shared, byArea).put(source.path(), source.text());
        }
        for (ProseSource source : loaded.prose()) {
            owner(source.path(), shared, byArea).put(source.path(), source.text());
        }
        loaded.history().lastChanged().forEach((path, date) ->
                owner(path, shared, byArea).put(HISTORY + path, date.toString()));
        // A period's page links to lines of its sources' archived texts, which no area owns.
        for (ArchivedSource source : loaded.sources()) {
            shared.put(source.path(), source.text());
        }
        for (MessageBundle bundle : loaded.messageBundles()) {
            shared.put(bundle.path(), new TreeMap<>(bundle.messages()).toString());
        }
        shared.put("base url", String.valueOf(baseUrl));
        // Every page that says whether a period runs or its follow-up is published says so as of this day.
        shared.put("as of", String.valueOf(asOf));
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
        // Hashing every text is most of this stage at national scale; areas are hashed on every core. Each
        // text is hashed once, in its period's folder or among the area's own files, and the area's digest and
        // the archive years' are made of those digests.
        Map<String, Map<String, Map<String, String>>> partsByArea = new HashMap<>();
        byArea.forEach((folder, texts) -> partsByArea.put(folder, byPeriodFolder(folder, texts)));
        Set<String> digested = new HashSet<>();
        partsByArea.values().forEach(parts -> digested.addAll(parts.keySet()));
        earlier.retainOnly(digested, partsByArea.keySet().stream().map(PageInputs::areaIdOf).collect(Collectors.toSet()));
        String sharedDigest = digest(shared);
        Map<String, String> areas = new ConcurrentHashMap<>();
        Map<String, String> owns = new ConcurrentHashMap<>();
        Map<String, Map<String, String>> periodsByArea = new ConcurrentHashMap<>();
        Workers.run(() -> {
            partsByArea.entrySet().parallelStream().forEach(area -> {
                String folder = area.getKey();
                String areaId = areaIdOf(folder);
                Map<String, Map<String, String>> parts = area.getValue();
                String own = earlier.of(folder + OWN, parts.getOrDefault(folder + OWN, Map.of()), PageInputs::digest);
                Map<String, String> periods = new TreeMap<>();
                parts.forEach((part, texts) -> {
                    if (!part.endsWith(OWN)) {
                        periods.put(part.substring(folder.length(), part.length() - 1), earlier.of(part, texts, PageInputs::digest));
                    }
                });
                StringBuilder everything = new StringBuilder(sharedDigest).append('\n').append(own);
                periods.forEach((period, digest) -> everything.append('\n').append(period).append(' ').append(digest));
                areas.put(areaId, earlier.ofArea(areaId, everything.toString(), PageInputs::digest));
                owns.put(areaId, own);
                periodsByArea.put(areaId, periods);
            });
            return null;
        });
        Map<Integer, String> years = new HashMap<>();
        for (ArchiveYear year : archiveYears) {
            String digest = archiveYearDigest(year, sharedDigest, owns, periodsByArea);
            if (digest != null) {
                years.put(year.year(), digest);
            }
        }
        return new PageInputs(areas, years);
    }

    /**
     * An archive year's page shows its periods and their areas' names, and nothing else of any area: its
     * digest is made of what no area owns and, for each period it lists, in order, the area's own files and the
     * period's folder. An edit renders the years that list the edited period (or list it no more) rather than
     * all 22 of 250 x 10, which took 80 ms of each live-preview rebuild's rendering, summed over both cores.
     * Null when a period's digest is unknown, so that the page is always rendered.
     */
    private static String archiveYearDigest(ArchiveYear year, String sharedDigest, Map<String, String> owns,
                                            Map<String, Map<String, String>> periodsByArea) {
        StringBuilder inputs = new StringBuilder(sharedDigest).append("\narchive ").append(year.year());
        Map<String, List<PromisePeriod>> lists = new LinkedHashMap<>();
        lists.put("in force", year.promisesInForce());
        lists.put("follow-ups", year.followUpsPublished());
        for (Map.Entry<String, List<PromisePeriod>> list : lists.entrySet()) {
            for (PromisePeriod period : list.getValue()) {
                String own = owns.get(period.areaId());
                String folder = periodsByArea.getOrDefault(period.areaId(), Map.of()).get(period.id());
                if (own == null || folder == null) {
                    return null;
                }
                inputs.append('\n').append(list.getKey()).append(' ').append(period.areaId()).append('/')
                        .append(period.id()).append(' ').append(own).append(' ').append(folder);
            }
        }
        return digest(inputs.toString());
    }

    private static String areaIdOf(String areaFolder) {
        return areaFolder.substring(AREAS.length(), areaFolder.length() - 1);
    }

    /**
     * The files of an area's folder by the folder of the period they belong to, and those of the area itself
     * (area.json) under the area's folder followed by {@link #OWN}.
     */
    private static Map<String, Map<String, String>> byPeriodFolder(String areaFolder, Map<String, String> texts) {
        Map<String, Map<String, String>> parts = new HashMap<>();
        texts.forEach((name, text) -> {
            String path = name.startsWith(HISTORY) ? name.substring(HISTORY.length()) : name;
            int end = path.indexOf('/', areaFolder.length());
            String part = end < 0 ? areaFolder + OWN : path.substring(0, end + 1);
            parts.computeIfAbsent(part, p -> new TreeMap<>()).put(name, text);
        });
        return parts;
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
        if (page.subject() instanceof ArchiveYear year) {
            return archiveYears.get(year.year());
        }
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
