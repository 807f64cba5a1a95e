package se.medborgarloften.preview;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The watcher reports the files that changed, an editor's temporary file with the next change; a folder that
 * was moved is still reported by the system under its old path, so a change in it is reported as a change of
 * the watched folder, to be listed again.
 */
class ContentWatcherTest {

    @TempDir
    Path content;

    @Test
    void reportsChangedFilesAndAFolderMovedAsEverything() throws Exception {
        Path file = Files.writeString(Files.createDirectories(content.resolve("areas/a")).resolve("promise.json"), "{}");
        BlockingQueue<Set<Path>> reports = new LinkedBlockingQueue<>();
        try (ContentWatcher watcher = new ContentWatcher(List.of(content))) {
            Thread watching = new Thread(() -> watcher.watch(reports::add));
            watching.setDaemon(true);
            watching.start();

            Files.writeString(file, "{\"edited\": true}");
            Set<Path> report = next(reports);
            assertTrue(report.contains(file), report.toString());
            assertTrue(!report.contains(content), "an edit is not everything: " + report);

            Path temporary = Files.writeString(content.resolve("areas/a/promise.json.tmp"), "{}");
            assertNull(reports.poll(1, TimeUnit.SECONDS), "an editor's temporary file is no reason to rebuild");
            Files.writeString(file, "{\"edited\": 2}");
            Set<Path> withTemporary = next(reports);
            assertTrue(withTemporary.contains(file) && withTemporary.contains(temporary),
                    "but the loader would see it, so it is reported with the next change: " + withTemporary);
            Files.delete(temporary);

            Files.move(content.resolve("areas/a"), content.resolve("areas/b"));
            Set<Path> moved = next(reports);
            assertTrue(moved.contains(content.resolve("areas/a")) && moved.contains(content.resolve("areas/b")), moved.toString());

            Files.writeString(content.resolve("areas/b/promise.json"), "{\"moved\": true}");
            Set<Path> afterMove = new HashSet<>(next(reports));
            assertTrue(afterMove.contains(content.toAbsolutePath().normalize()), "listed again: " + afterMove);
        }
    }

    private static Set<Path> next(BlockingQueue<Set<Path>> reports) throws InterruptedException {
        Set<Path> report = reports.poll(20, TimeUnit.SECONDS);
        assertNotNull(report, "the watcher reported nothing");
        return report;
    }
}
