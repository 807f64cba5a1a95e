package se.medborgarloften.plan;

import se.medborgarloften.incremental.FingerprintMemory;
import se.medborgarloften.incremental.Fingerprints;
import se.medborgarloften.incremental.Reads;
import se.medborgarloften.load.JsonSource;
import se.medborgarloften.load.LoadedContent;
import se.medborgarloften.load.ProseSource;
import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.ArchivedSource;
import se.medborgarloften.model.MessageBundle;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.support.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The site's dependency model: the groups its inputs fall into, and what each kind of page declares it reads.
 *
 * <p>The groups: what no area owns ({@link #SHARED}: settings, organisations, news, pages, archived sources, UI
 * texts, templates, schemas, jbake.properties, the address the site is published at, the day it describes
 * follow-ups as of, and this program itself); each area's own files ({@link #areaItself}); each of its periods'
 * folders ({@link #period}); and each area as a whole ({@link #area}), made of those. A file's last change in git
 * belongs to the file's group.
 *
 * <p>What each page kind reads is said once, in {@link #of(PlannedPage)}. The render stage shows a page only the
 * part of the content its reads cover (see the render stage's PageContexts), so a template cannot read more than
 * its page declared: another area is not there, and asking for it by name fails the build.
 */
public final class InputGroups {

    public static final String SHARED = "shared";
    /** Every area's own files, not their periods': which areas there are, their names and places. */
    public static final String EVERY_AREA_ITSELF = "areas/*";
    private static final String AREAS = "content/areas/";
    private static final String HISTORY = "history ";
    private static final String WHOLE = "/*";

    private InputGroups() {
    }

    /** An area as a whole: its own files and every period's. */
    public static String area(String areaId) {
        return "areas/" + areaId + WHOLE;
    }

    /** An area's own files (area.json), not its periods'. */
    public static String areaItself(String areaId) {
        return "areas/" + areaId;
    }

    /** One period's folder. */
    public static String period(String areaId, String periodId) {
        return "areas/" + areaId + "/" + periodId;
    }

    /**
     * What a page of one area (the area page, its history, its periods, each showing its changes since the period
     * before, and its sitemap), or a file made from one area (a period's downloads, the area's part of the files with
     * every area), is made from: what no area owns and the whole area.
     */
    public static Reads ofArea(String areaId) {
        return Reads.groups(SHARED, area(areaId));
    }

    /**
     * What each kind of page reads. An archive year's page lists periods of every area, but shows only those
     * periods and the areas' own facts (their names, and on a site of many municipalities every county and
     * municipality, also those with no period that year). Every other page (home, overviews, places, news,
     * feeds …) reads everything and is made on every build.
     */
    public static Reads of(PlannedPage page) {
        if (page.subject() instanceof ArchiveYear year) {
            List<String> groups = new ArrayList<>();
            groups.add(SHARED);
            groups.add(EVERY_AREA_ITSELF);
            Set<String> listed = new LinkedHashSet<>();
            for (List<PromisePeriod> list : List.of(year.promisesInForce(), year.followUpsPublished())) {
                for (PromisePeriod period : list) {
                    listed.add(period(period.areaId(), period.id()));
                }
            }
            groups.addAll(listed);
            return Reads.groups(groups);
        }
        return page.areaId() == null ? Reads.EVERYTHING : ofArea(page.areaId());
    }

    /**
     * What of the areas a page with these reads may see.
     *
     * @param everyArea whether it sees every area's own facts
     * @param areas     the areas it sees, by id, with the periods it sees of each: all of them where the value is
     *                  null, none of an area it sees only through {@code everyArea}
     */
    public record Visible(boolean everyArea, Map<String, Set<String>> areas) {

        public boolean sees(AreaHistory area) {
            return everyArea || areas.containsKey(area.id());
        }

        public boolean sees(AreaHistory area, PromisePeriod period) {
            if (!areas.containsKey(area.id())) {
                return false;
            }
            Set<String> periods = areas.get(area.id());
            return periods == null || periods.contains(period.id());
        }
    }

    /** What of the areas a page with these reads may see; a page that reads everything sees every area. */
    public static Visible visible(Reads reads) {
        Map<String, Set<String>> areas = new LinkedHashMap<>();
        boolean everyArea = false;
        for (String group : reads.groups()) {
            if (group.equals(EVERY_AREA_ITSELF)) {
                everyArea = true;
                continue;
            }
            if (!group.startsWith("areas/")) {
                continue;
            }
            String[] parts = group.substring("areas/".length()).split("/", 2);
            if (group.endsWith(WHOLE)) {
                areas.put(parts[0], null);
            } else if (!areas.containsKey(parts[0]) || areas.get(parts[0]) != null) {
                Set<String> periods = areas.computeIfAbsent(parts[0], a -> new TreeSet<>());
                if (parts.length == 2) {
                    periods.add(parts[1]);
                }
            }
        }
        return new Visible(everyArea, areas);
    }

    /**
     * The fingerprint of every group, hashing again only those whose texts changed since the builds that used this
     * memory.
     */
    public static Fingerprints fingerprints(LoadedContent loaded, Path project, String baseUrl, LocalDate asOf,
                                            FingerprintMemory memory) {
        Fingerprints.Builder groups = new Fingerprints.Builder();
        Map<String, Set<String>> periodsByArea = new TreeMap<>();
        for (JsonSource source : loaded.json()) {
            add(groups, periodsByArea, source.path(), source.path(), source.text());
        }
        for (ProseSource source : loaded.prose()) {
            add(groups, periodsByArea, source.path(), source.path(), source.text());
        }
        loaded.history().lastChanged().forEach((path, date) ->
                add(groups, periodsByArea, path, HISTORY + path, date.toString()));
        // A period's page links to lines of its sources' archived texts, which no area owns.
        for (ArchivedSource source : loaded.sources()) {
            groups.add(SHARED, source.path(), source.text());
        }
        for (MessageBundle bundle : loaded.messageBundles()) {
            groups.add(SHARED, bundle.path(), new TreeMap<>(bundle.messages()).toString());
        }
        groups.add(SHARED, "base url", String.valueOf(baseUrl));
        // Every page that says whether a period runs or its follow-up is published says so as of this day.
        groups.add(SHARED, "as of", String.valueOf(asOf));
        groups.add(SHARED, "program", Program.IDENTITY);
        for (String part : List.of("templates", "schema", "jbake.properties")) {
            Path path = project.resolve(part);
            try (Stream<Path> files = Files.exists(path) ? Files.walk(path) : Stream.empty()) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    groups.add(SHARED, project.relativize(file).toString(), HexFormat.of().formatHex(Files.readAllBytes(file)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        periodsByArea.forEach((areaId, periods) -> {
            List<String> members = new ArrayList<>();
            members.add(areaItself(areaId));
            periods.forEach(periodId -> members.add(period(areaId, periodId)));
            groups.composite(area(areaId), members);
        });
        groups.composite(EVERY_AREA_ITSELF, periodsByArea.keySet().stream().map(InputGroups::areaItself).toList());
        return groups.build(memory);
    }

    /** A file's text into its group: its period's when it lies in a period's folder, its area's, or the shared one. */
    private static void add(Fingerprints.Builder groups, Map<String, Set<String>> periodsByArea, String path,
                            String name, String text) {
        if (path == null || !path.startsWith(AREAS)) {
            groups.add(SHARED, name, text);
            return;
        }
        String[] parts = path.substring(AREAS.length()).split("/");
        if (parts.length < 2) {
            groups.add(SHARED, name, text);
            return;
        }
        Set<String> periods = periodsByArea.computeIfAbsent(parts[0], a -> new TreeSet<>());
        if (parts.length == 2) {
            groups.add(areaItself(parts[0]), name, text);
        } else {
            periods.add(parts[1]);
            groups.add(period(parts[0], parts[1]), name, text);
        }
    }

    /** This program and its libraries: a page made by another version of either is made again. */
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
            return Sha256.hex(parts.toString());
        }

        /** The digest of this program's own classes, wherever they were loaded from (a folder or a jar). */
        private static String ownCode() {
            try {
                return Sha256.ofTree(Path.of(InputGroups.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (IOException | URISyntaxException | RuntimeException e) {
                // Unknown code: a value no earlier build recorded, so that every page is made.
                return "unknown " + System.nanoTime();
            }
        }
    }
}
