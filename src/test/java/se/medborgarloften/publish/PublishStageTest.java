package se.medborgarloften.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.medborgarloften.Stages;
import se.medborgarloften.TestProjects;
import se.medborgarloften.model.PublishedUrls;
import se.medborgarloften.output.StagingSite;
import se.medborgarloften.output.WorkingCopyListings;
import se.medborgarloften.plan.PlannedPage;
import se.medborgarloften.plan.SitePlan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The publish stage alone, given a working copy with a file for every page of the real plan: the site appears
 * whole at its address, a second build replaces it whole, and the addresses it published are recorded.
 */
class PublishStageTest {

    @TempDir
    Path temp;

    @Test
    void theWorkingCopyBecomesThePublishedSiteInOneStep() throws IOException {
        SitePlan plan = Stages.realPlanned().plan();
        Path site = temp.resolve("site");
        SitePublisher publisher = new SitePublisher(site, new WorkingCopyListings());
        StagingSite first = publisher.prepareStaging();
        plan.pages().forEach(page -> first.write(page.outputFile(), page.path().getBytes(StandardCharsets.UTF_8)));
        first.write("sv/omraden/rosengard/utkast.html", "bara i det första bygget".getBytes(StandardCharsets.UTF_8));
        publisher.publish(first);

        assertTrue(Files.isSymbolicLink(site), "a link, swapped in one step");
        Set<String> pageFiles = plan.pages().stream().map(PlannedPage::outputFile).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>(pageFiles);
        expected.add("sv/omraden/rosengard/utkast.html");
        assertEquals(expected, files(site));
        assertEquals("sv/omraden/rosengard/2024-2025/",
                Files.readString(site.resolve("sv/omraden/rosengard/2024-2025/index.html")));

        // The next build writes only the pages: what it did not write is gone from what it publishes.
        StagingSite second = publisher.prepareStaging();
        assertFalse(second.root().equals(site.toRealPath()), "not the folder readers are reading");
        plan.pages().forEach(page -> second.write(page.outputFile(), ("2 " + page.path()).getBytes(StandardCharsets.UTF_8)));
        publisher.publish(second);
        assertEquals(pageFiles, files(site));
        assertEquals("2 en/areas/sofielund/2022-2023/", Files.readString(site.resolve("en/areas/sofielund/2022-2023/index.html")));
    }

    @Test
    void theAddressesABuildPublishedAreAddedToTheRecordAndNoneIsDropped() throws IOException {
        Stages.Planned planned = Stages.realPlanned();
        TestProjects.copyOfRealProject(temp);
        Path file = temp.resolve(PublishedUrls.PATH);
        List<String> before = Files.readAllLines(file);
        // An address published long ago whose page is gone (a redirect leads on from it) stays recorded.
        List<String> withOld = new ArrayList<>(before);
        withOld.add("sv/omraden/rosengard/gammal/");
        Files.write(file, withOld);
        PublishedUrls earlier = PublishedUrls.parse(PublishedUrls.PATH, Files.readString(file));
        PublishedUrlRecord record = new PublishedUrlRecord(temp);

        record.update(earlier, planned.plan());
        List<String> after = Files.readAllLines(file);
        Set<String> recorded = after.stream().filter(l -> !l.startsWith("#") && !l.isBlank()).collect(Collectors.toSet());
        assertTrue(recorded.containsAll(earlier.urls()), "only ever adds");
        for (PlannedPage page : planned.plan().pages()) {
            if (page.permanent() && !page.path().isEmpty()) {
                assertTrue(recorded.contains(page.path()), page.path());
            }
        }
        assertTrue(recorded.contains("sv/omraden/rosengard/historik/"));
        assertFalse(recorded.contains("sitemap.xml"), "files are not addresses to keep");
        assertEquals(after.stream().filter(l -> !l.startsWith("#")).sorted().toList(),
                after.stream().filter(l -> !l.startsWith("#")).toList(), "sorted, so that a change is one line in a diff");
        assertEquals(before.get(0), after.get(0), "the header is kept");

        PublishedUrls now = PublishedUrls.parse(PublishedUrls.PATH, Files.readString(file));
        assertFalse(record.update(now, planned.plan()), "the same build again changes nothing");
    }

    private static Set<String> files(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
