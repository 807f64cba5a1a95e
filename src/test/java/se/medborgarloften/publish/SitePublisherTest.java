package se.medborgarloften.publish;

import se.medborgarloften.output.StagingSite;
import se.medborgarloften.output.WorkingCopyListings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds publish by swapping the working copy in; in the live preview, a build knows what its working copy
 * holds from the build that published it, and must clean it as thoroughly as one that lists it.
 */
class SitePublisherTest {

    @TempDir
    Path temp;

    @Test
    void aWorkingCopyKnownFromAnEarlierBuildLosesWhatTheNextBuildDoesNotWrite() throws IOException {
        Path site = temp.resolve("site");
        SitePublisher publisher = new SitePublisher(site, new WorkingCopyListings());
        publish(publisher, "index.html", "sv/omraden/a/2023/index.html", "sv/omraden/b/2023/index.html");
        publish(publisher, "index.html", "sv/omraden/a/2023/index.html", "sv/omraden/b/2024/index.html");
        // The working copy now holds the first build, known from it: b/2023 must go, and its folder.
        StagingSite third = publisher.prepareStaging();
        assertEquals("page".length(), third.sizeOf("sv/omraden/b/2023/index.html"),
                "an earlier build's file has the size it was written with");
        write(third, "index.html", "sv/omraden/a/2023/index.html");
        publisher.publish(third);

        assertEquals(Set.of("index.html", "sv/omraden/a/2023/index.html"), files(site));
        assertEquals(Set.of("sv", "sv/omraden", "sv/omraden/a", "sv/omraden/a/2023"), folders(site));
        // And the next working copy is the second build's, known from it too.
        publish(publisher, "index.html");
        assertEquals(Set.of("index.html"), files(site));
        assertEquals(Set.of(), folders(site));
    }

    @Test
    void aWorkingCopyABuildWroteIntoWithoutPublishingIsListedAgain() throws IOException {
        Path site = temp.resolve("site");
        SitePublisher publisher = new SitePublisher(site, new WorkingCopyListings());
        publish(publisher, "index.html");
        publish(publisher, "index.html");
        // A build that fails half-way leaves a page in the working copy that no build published.
        StagingSite failed = publisher.prepareStaging();
        write(failed, "sv/omraden/half/index.html");

        publish(publisher, "index.html", "en/index.html");

        assertEquals(Set.of("index.html", "en/index.html"), files(site));
        assertEquals(Set.of("en"), folders(site));
    }

    @Test
    void aBuildOfAnotherProcessInBetweenMakesTheWorkingCopyListedAgain() throws IOException {
        Path site = temp.resolve("site");
        SitePublisher preview = publishedIntoBothFolders(site, "index.html", "sv/index.html");
        // `mvn verify` in another terminal builds into the same folders while the preview runs, adding a page
        // in a folder that was there already: nothing changes in the folder's own entries.
        publish(new SitePublisher(site, new WorkingCopyListings()), "index.html", "sv/index.html", "sv/ny.html");
        publish(preview, "index.html", "sv/index.html");
        publish(preview, "index.html", "sv/index.html");

        assertEquals(Set.of("index.html", "sv/index.html"), files(site));
        assertEquals(Set.of("sv"), folders(site));
    }

    @Test
    void emptyFoldersSomethingElseLeftInTheWorkingCopyAreRemoved() throws IOException {
        Path site = temp.resolve("site");
        publishedIntoBothFolders(site, "index.html", "sv/index.html");
        Files.createDirectories(temp.resolve("site.work/empty/emptier"));
        Files.createDirectories(temp.resolve("site.work/sv/empty"));

        publish(new SitePublisher(site, new WorkingCopyListings()), "index.html", "sv/index.html");

        assertEquals(Set.of("index.html", "sv/index.html"), files(site));
        assertEquals(Set.of("sv"), folders(site));
    }

    @Test
    void theSiteIsALinkToOneOfTwoFoldersAndPublishingReplacesTheLinkInOneStep() throws IOException {
        Path site = temp.resolve("site");
        SitePublisher publisher = new SitePublisher(site, new WorkingCopyListings());
        publish(publisher, "index.html");
        assertTrue(Files.isSymbolicLink(site));
        Path first = Files.readSymbolicLink(site);
        assertEquals(Path.of("site.2"), first, "a link relative to its folder, so that target/ can move");
        StagingSite second = publisher.prepareStaging();
        assertEquals(temp.resolve("site.1"), second.root(), "the build writes into the folder not published");
        write(second, "index.html", "sv/index.html");
        assertEquals(Set.of("index.html"), files(site), "nothing of a build is seen before it is published");
        publisher.publish(second);
        assertEquals(Path.of("site.1"), Files.readSymbolicLink(site));
        assertEquals(Set.of("index.html", "sv/index.html"), files(site));
        assertEquals(Path.of("site.2"), Files.readSymbolicLink(temp.resolve("site.work")), "site.work is the next working copy");
        try (Stream<Path> beside = Files.list(temp)) {
            assertEquals(Set.of("site", "site.1", "site.2", "site.work"),
                    beside.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        }
    }

    @Test
    void aSiteFolderOfAnEarlierVersionIsReplacedByTheLinkOnlyWhenTheNextBuildIsPublished() throws IOException {
        // As the program swapped folders before: site/ and site.work/ are folders.
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(site.resolve("index.html"), "old");
        Files.createDirectories(temp.resolve("site.work/sv"));
        Files.writeString(temp.resolve("site.work/sv/index.html"), "older");
        SitePublisher publisher = new SitePublisher(site, new WorkingCopyListings());
        StagingSite staging = publisher.prepareStaging();
        write(staging, "index.html");
        assertEquals("old", Files.readString(site.resolve("index.html")), "the old folder is served while the build runs");
        publisher.publish(staging);

        assertTrue(Files.isSymbolicLink(site));
        assertEquals(Set.of("index.html"), files(site));
        assertEquals("old", Files.readString(temp.resolve("site.work/index.html")), "the old site is the next working copy");
    }

    @Test
    void aFolderBeingReadIsNotWrittenIntoUntilTheReadingEnds() throws Exception {
        Path site = temp.resolve("site");
        WorkingCopyListings listings = new WorkingCopyListings();
        SitePublisher publisher = new SitePublisher(site, listings);
        publish(publisher, "index.html");
        WorkingCopyListings.Reading reading = listings.reading(site);
        Path read = reading.folder();
        publish(publisher, "index.html", "en/index.html");
        // The next build writes into the folder the reader still reads from: it waits.
        java.util.concurrent.CompletableFuture<StagingSite> next = java.util.concurrent.CompletableFuture.supplyAsync(publisher::prepareStaging);
        Thread.sleep(300);
        assertFalse(next.isDone(), "a build began writing into the folder being read");
        assertEquals(Set.of("index.html"), files(read));
        reading.close();
        StagingSite staging = next.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(read, staging.root().toRealPath());
    }

    /** A publisher (as the live preview's) that has published these pages twice: both folders hold them, and it knows both. */
    private static SitePublisher publishedIntoBothFolders(Path site, String... pages) {
        SitePublisher publisher = new SitePublisher(site, new WorkingCopyListings());
        publish(publisher, pages);
        publish(publisher, pages);
        return publisher;
    }

    private static void publish(SitePublisher publisher, String... pages) {
        StagingSite staging = publisher.prepareStaging();
        write(staging, pages);
        publisher.publish(staging);
    }

    private static void write(StagingSite staging, String... pages) {
        for (String page : pages) {
            staging.write(page, "page".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Set<String> files(Path root) throws IOException {
        return paths(root, true);
    }

    private static Set<String> folders(Path root) throws IOException {
        return paths(root, false);
    }

    private static Set<String> paths(Path root, boolean files) throws IOException {
        try (Stream<Path> all = Files.walk(root, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            List<Path> found = all.filter(p -> !p.equals(root) && Files.isRegularFile(p) == files).toList();
            Set<String> relative = new TreeSet<>();
            found.forEach(p -> relative.add(root.relativize(p).toString().replace('\\', '/')));
            return relative;
        }
    }
}
