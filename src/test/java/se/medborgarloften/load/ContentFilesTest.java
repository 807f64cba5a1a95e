package se.medborgarloften.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The list of content files kept from a watcher's reports is the list of the files on disk, whatever was
 * changed, created, deleted or moved; without a watcher every load lists everything.
 */
class ContentFilesTest {

    @TempDir
    Path content;

    @Test
    void aListingKeptFromReportsIsWhatIsOnDisk() throws IOException {
        write("areas/a/2024/promise.json", "{}");
        write("areas/a/2024/promise.sv.adoc", "= A");
        write("areas/b/2024/promise.json", "{}");
        ContentFiles files = new ContentFiles();
        files.watched();
        assertEquals(ContentFiles.listAll(content), files.list(content));

        Path edited = write("areas/a/2024/promise.json", "{\"edited\": true}");
        Path added = write("areas/a/2024/follow-up.json", "{}");
        files.changed(List.of(edited, added));
        assertEquals(ContentFiles.listAll(content), files.list(content), "a file edited and one added");

        write("areas/c/2025/promise.json", "{}");
        write("areas/c/2025/promise.en.adoc", "= C");
        files.changed(List.of(content.resolve("areas/c")));
        assertEquals(ContentFiles.listAll(content), files.list(content), "a folder created with files in it");

        Files.delete(added);
        files.changed(List.of(added));
        assertEquals(ContentFiles.listAll(content), files.list(content), "a file deleted");

        // As editors save: a temporary file written, then renamed over the file.
        Path temporary = write("areas/a/2024/promise.json.sv-save", "{\"saved\": true}");
        Files.move(temporary, edited, StandardCopyOption.REPLACE_EXISTING);
        files.changed(List.of(temporary, edited));
        assertEquals(ContentFiles.listAll(content), files.list(content), "a file saved by renaming another over it");

        deleteFolder(content.resolve("areas/c"));
        files.changed(List.of(content.resolve("areas/c")));
        assertEquals(ContentFiles.listAll(content), files.list(content), "a folder deleted");

        Files.move(content.resolve("areas/b"), content.resolve("areas/d"));
        files.changed(List.of(content.resolve("areas/b"), content.resolve("areas/d")));
        assertEquals(ContentFiles.listAll(content), files.list(content), "a folder renamed");

        Files.writeString(content.resolve("areas/d/2024/promise.json"), "{\"moved\": true}");
        files.changed(List.of(content));
        assertEquals(ContentFiles.listAll(content), files.list(content), "the watcher lost track of a moved folder");

        files.changed(List.of(content.getParent().resolve("templates/page.ftlh")));
        assertEquals(ContentFiles.listAll(content), files.list(content), "a change outside the folder");
    }

    @Test
    void whatNobodyReportsIsNotLookedForWhenWatchedAndAlwaysWhenNot() throws IOException {
        write("areas/a/2024/promise.json", "{}");
        ContentFiles watched = new ContentFiles();
        watched.watched();
        ContentFiles unwatched = new ContentFiles();
        watched.list(content);
        unwatched.list(content);

        write("areas/a/2024/follow-up.json", "{}");
        assertFalse(watched.list(content).containsKey(content.resolve("areas/a/2024/follow-up.json")),
                "the watcher reports every change, so the disk is not asked");
        assertEquals(ContentFiles.listAll(content), unwatched.list(content));
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private Path write(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
