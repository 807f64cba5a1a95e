package se.medborgarloften.feature.build;

import se.medborgarloften.TestProjects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.medborgarloften.generator.BuildReport;
import se.medborgarloften.generator.SiteBuild;
import se.medborgarloften.diagnostics.ContentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site is built into a working copy that holds an earlier build and then swapped in: files whose bytes
 * did not change are not written again, pages of areas whose inputs did not change are not even rendered,
 * files no build wrote any more are removed, and the result is byte for byte the site a build into an empty
 * folder makes.
 */
class IncrementalOutputTest {

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

    @Test
    void laterBuildsRewriteOnlyWhatChangedAndEndUpAsAFreshBuild(@TempDir Path project) throws IOException {
        TestProjects.copyOfRealProject(project);
        Path site = project.resolve("site");
        new SiteBuild(project, site).run();
        // Marks the first build's files, which the third build updates in place (the second swaps them out).
        Path other = site.resolve("sv/omraden/kirseberg-segevang/2018/index.html");
        Path promise = site.resolve("sv/omraden/rosengard/2024-2025/index.html");
        Files.setLastModifiedTime(other, LONG_AGO);
        Files.setLastModifiedTime(promise, LONG_AGO);
        Files.writeString(site.resolve("sv/left-over.html"), "from an old build");
        // Things in the way of the third build: a file where a folder must be, a link to outside the site.
        Path outside = Files.writeString(project.resolve("outside.txt"), "not the site's");
        Path areaFolder = site.resolve("en/areas/rosengard/2023");
        TestProjects.deleteTree(areaFolder);
        Files.writeString(areaFolder, "a file, not a folder");
        Path about = site.resolve("en/about-citizen-promises/index.html");
        Files.delete(about);
        Files.createSymbolicLink(about, outside);

        new SiteBuild(project, site).run();
        assertTrue(Files.exists(project.resolve("site.work/sv/left-over.html")), "the first build is now the working copy");
        Path json = project.resolve("content/areas/rosengard/2024-2025/promise.json");
        TestProjects.write(json, TestProjects.read(json).replaceFirst("\"sv\": \"", "\"sv\": \"Ändrad: "));
        Path otherArea = project.resolve("site.work/en/areas/mollevangen/index.html");
        TestProjects.write(otherArea, TestProjects.read(otherArea).replace("</main>", "changed by hand</main>"));
        // A download of an unchanged area changed by hand is made again too (the comparison with a fresh build below).
        Path otherDownload;
        try (Stream<Path> files = Files.walk(project.resolve("site.work/data/mollevangen"))) {
            otherDownload = files.filter(f -> f.getFileName().toString().equals("promise.json")).findFirst().orElseThrow();
        }
        Files.writeString(otherDownload, "changed by hand\n", StandardOpenOption.APPEND);
        BuildReport third = new SiteBuild(project, site).run();

        assertEquals(LONG_AGO, Files.getLastModifiedTime(other), "an unchanged page is not written again");
        assertTrue(Files.getLastModifiedTime(promise).compareTo(LONG_AGO) > 0, "a changed page is written");
        assertTrue(TestProjects.read(promise).contains("Ändrad: "), "and shows the change");
        assertFalse(Files.exists(site.resolve("sv/left-over.html")), "a file no build writes any more is removed");
        assertEquals("not the site's", Files.readString(outside), "a link in the working copy is replaced, not written through");
        assertFalse(Files.isSymbolicLink(about));

        // The working copy holds the first build: only the pages of the edited area, the pages about the
        // whole site and the page changed by hand are rendered again.
        long untouchedAreaPages = 0;
        for (String area : List.of("kirseberg-segevang", "lindangen-hermodsdal-nydala", "mollevangen", "sofielund")) {
            // Each area's sitemap is kept with its pages.
            assertTrue(Files.exists(site.resolve("sitemaps/areas/" + area + ".xml")), area);
            untouchedAreaPages++;
            for (Path folder : List.of(site.resolve("sv/omraden/" + area), site.resolve("en/areas/" + area))) {
                try (Stream<Path> files = Files.walk(folder)) {
                    untouchedAreaPages += files.filter(f -> f.getFileName().toString().equals("index.html")).count();
                }
            }
        }
        assertTrue(untouchedAreaPages > 10);
        // An archive year shows the periods it lists and nothing else of their areas: the years that do not
        // list the edited period are kept.
        long keptYears = 0;
        for (Path folder : List.of(site.resolve("sv/arkiv"), site.resolve("en/archive"))) {
            try (Stream<Path> years = Files.list(folder)) {
                for (Path year : years.filter(f -> f.getFileName().toString().matches("\\d{4}")).toList()) {
                    if (!TestProjects.read(year.resolve("index.html")).contains("rosengard/2024-2025/")) {
                        keptYears++;
                    }
                }
            }
        }
        assertTrue(keptYears > 0);
        // Every page of the edited area is rendered again (its history page too), and nothing else of an area:
        // the area's pages are one per period and its history, not one per pair of periods.
        assertEquals(untouchedAreaPages - 1 + keptYears, third.pages() - third.rendered(),
                "pages of unchanged areas are kept: " + third.summary());
        assertFalse(TestProjects.read(site.resolve("en/areas/mollevangen/index.html")).contains("changed by hand"),
                "a page file changed by hand is rendered again");

        // The files with every area are put together from each area's part, kept from the earlier builds
        // for the unchanged areas: the edit is in them, and they equal files made from nothing.
        assertTrue(TestProjects.read(site.resolve("data/medborgarloften.json")).contains("Ändrad: "));
        assertTrue(TestProjects.read(site.resolve("search/sv.json")).contains("Ändrad: "));
        assertTrue(Files.isDirectory(project.resolve("target/incremental/parts/data")));
        // Also the files compared with the working copy's as they are streamed (output/ChangedFileWriter).
        TestProjects.assertReadableByOthers(site);
        TestProjects.deleteTree(project.resolve("target/incremental/parts"));
        Path fresh = project.resolve("fresh");
        new SiteBuild(project, fresh).run();
        assertEquals(TestProjects.fingerprint(fresh), TestProjects.fingerprint(site),
                "an updated working copy is the same site as a build into an empty folder");
    }

    @Test
    void aPageOfOneAreaCannotShowAnotherArea(@TempDir Path project) {
        // Were this allowed, the page would go stale when the other area changed: it is rendered again only
        // when its own area (or what no area owns) changes.
        String failure = failureOfALinkIn(project, "promise.ftlh", "area/sofielund");
        assertTrue(failure.contains("may only show that area"), failure);
    }

    @Test
    void anArchiveYearCannotShowAPeriodItDoesNotList(@TempDir Path project) {
        // An archive year's page is kept while the periods it lists, and the areas' own facts, are unchanged, so it
        // may read no other period: Sofielund's only period is in force in 2022 and 2023, not in the other years.
        String failure = failureOfALinkIn(project, "archive-year.ftlh", "promise/sofielund/2022-2023");
        assertTrue(failure.contains("did not declare it reads"), failure);
    }

    /** The message of the build of the real content with a link to this page added to this template. */
    private static String failureOfALinkIn(Path project, String templateName, String pageKey) {
        TestProjects.copyOfRealProject(project);
        Path template = project.resolve("templates").resolve(templateName);
        TestProjects.write(template, TestProjects.read(template).replace("</@layout.page>",
                "<a href=\"${p.links.page(\"" + pageKey + "\")}\">link</a></@layout.page>"));
        return assertThrows(ContentException.class, () -> new SiteBuild(project, project.resolve("site")).run())
                .getMessage();
    }
}
