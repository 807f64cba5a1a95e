package se.medborgarloften.support;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the program's own files (caches and records under target/) so that no reader, in this build or in
 * another process building the same project, ever sees half of one: written beside it under a name of this
 * process and thread, then renamed over it.
 */
public final class WholeFiles {

    private static final long PROCESS = ProcessHandle.current().pid();

    private WholeFiles() {
    }

    /**
     * Replaces the file with these bytes; its folder must exist. A temporary name of the JDK's making cost a
     * random number and an exclusive creation for each of thousands of cache entries.
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + "." + PROCESS + "-" + Thread.currentThread().getId() + ".tmp");
        try {
            writeAtOnce(temporary, bytes);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Creates or overwrites the file with these bytes in one call: {@link Files#write} hands them to the system
     * in small pieces, each through a copy of its own, so that a page took several writes and a long one hundreds.
     */
    public static void writeAtOnce(Path file, byte[] bytes) throws IOException {
        try (FileOutputStream out = new FileOutputStream(file.toFile())) {
            out.write(bytes);
        }
    }
}
