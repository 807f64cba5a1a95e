package se.medborgarloften.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A file the staging site streams (the downloads with everything) may be read by whoever may read a page
 * beside it: a web server running as another user serves both.
 */
class StagingSiteTest {

    @TempDir
    Path root;

    @Test
    void aStreamedFileIsAsReadableAsAPageWrittenNewReplacedOrLeftAsItWas() throws IOException {
        StagingSite site = new StagingSite(root, null);
        site.write("index.html", "<p>a page</p>".getBytes(StandardCharsets.UTF_8));
        Set<PosixFilePermission> page = Files.getPosixFilePermissions(root.resolve("index.html"));
        assumeTrue(page.contains(PosixFilePermission.OTHERS_READ), "this machine's umask hides new files from others");

        Path all = root.resolve("data/all.json");
        site.write("data/all.json", out -> out.write("{\"a\":1}\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(page, Files.getPosixFilePermissions(all), "written new");

        site.write("data/all.json", out -> out.write("{\"a\":2}\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("{\"a\":2}\n", Files.readString(all));
        assertEquals(page, Files.getPosixFilePermissions(all), "replaced");

        // As an earlier build left it, through a temporary file only its owner could read.
        Files.setPosixFilePermissions(all, PosixFilePermissions.fromString("rw-------"));
        site.write("data/all.json", out -> out.write("{\"a\":2}\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(Files.getPosixFilePermissions(all).containsAll(Set.of(PosixFilePermission.OTHERS_READ,
                PosixFilePermission.GROUP_READ)), "left as it was, " + PosixFilePermissions.toString(Files.getPosixFilePermissions(all)));
        try (var left = Files.list(all.getParent())) {
            assertEquals(1, left.count(), "no temporary file is left");
        }
    }
}
