package se.medborgarloften.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file written through {@link ChangedFileWriter} ends up holding the new bytes, and is not replaced when it held them. */
class ChangedFileWriterTest {

    @TempDir
    Path folder;

    @Test
    void theFileHoldsTheNewBytesWhereverTheyDifferAndHoweverTheyAreWritten() throws IOException {
        Random random = new Random(20261123);
        for (int round = 0; round < 300; round++) {
            byte[] before = bytes(random, random.nextInt(3) == 0 ? random.nextInt(10) : random.nextInt(300_000));
            byte[] after = changed(random, before);
            Path file = folder.resolve("all-" + round + ".json");
            Files.write(file, before);
            Object identity = Files.readAttributes(file, BasicFileAttributes.class).fileKey();

            boolean replaced;
            try (ChangedFileWriter out = new ChangedFileWriter(file)) {
                for (int at = 0; at < after.length; ) {
                    int chunk = Math.min(after.length - at, 1 + random.nextInt(random.nextBoolean() ? 16 : 200_000));
                    if (chunk == 1 && random.nextBoolean()) {
                        out.write(after[at]);
                    } else {
                        out.write(after, at, chunk);
                    }
                    at += chunk;
                }
                replaced = out.finish();
            }

            assertArrayEquals(after, Files.readAllBytes(file), "round " + round);
            assertEquals(!Arrays.equals(before, after), replaced, "round " + round);
            if (!replaced) {
                assertEquals(identity, Files.readAttributes(file, BasicFileAttributes.class).fileKey(),
                        "an unchanged file is left where it is");
            }
        }
        try (var left = Files.list(folder)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
        }
    }

    @Test
    void aWriteThatFailsLeavesTheFileAsItWas() throws IOException {
        Path file = folder.resolve("commitments.csv");
        byte[] before = bytes(new Random(1), 100_000);
        Files.write(file, before);
        assertThrows(IOException.class, () -> {
            try (ChangedFileWriter out = new ChangedFileWriter(file)) {
                out.write(before, 0, 50_000);
                out.write(new byte[] {1, 2, 3});
                throw new IOException("the content could not be made");
            }
        });
        assertArrayEquals(before, Files.readAllBytes(file));
        try (var left = Files.list(folder)) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    private static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** The same bytes, or the bytes changed at one place: one byte, inserted, removed, cut short or made longer. */
    private static byte[] changed(Random random, byte[] before) {
        int at = before.length == 0 ? 0 : random.nextInt(before.length);
        return switch (random.nextInt(6)) {
            case 0 -> before.clone();
            case 1 -> {
                byte[] after = before.clone();
                if (after.length > 0) {
                    after[at] ^= 1;
                }
                yield after;
            }
            case 2 -> {
                byte[] after = new byte[before.length + 5];
                System.arraycopy(before, 0, after, 0, at);
                System.arraycopy(before, at, after, at + 5, before.length - at);
                yield after;
            }
            case 3 -> Arrays.copyOf(before, at);
            case 4 -> Arrays.copyOf(before, before.length + 1 + random.nextInt(1000));
            default -> {
                byte[] after = new byte[before.length - Math.min(before.length, 7)];
                System.arraycopy(before, 0, after, 0, Math.min(at, after.length));
                System.arraycopy(before, Math.min(at, after.length) + (before.length - after.length),
                        after, Math.min(at, after.length), after.length - Math.min(at, after.length));
                yield after;
            }
        };
    }
}
