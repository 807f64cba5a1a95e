package se.medborgarloften.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/** Prepares a staging folder beside the published site and swaps it in when the build succeeded. */
public final class SitePublisher {

    private final Path published;

    public SitePublisher(Path published) {
        this.published = published.toAbsolutePath().normalize();
    }

    /** An empty folder next to the published site, on the same file system so the swap is a rename. */
    public Path prepareStaging() {
        Path staging = sibling(".staging");
        deleteRecursively(staging);
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return staging;
    }

    /** Replaces the published site with the staging folder; the old site is removed only after the swap. */
    public void publish(Path staging) {
        Path previous = sibling(".previous");
        deleteRecursively(previous);
        try {
            if (Files.exists(published)) {
                move(published, previous);
            }
            move(staging, published);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not swap the new site into " + published, e);
        }
        deleteRecursively(previous);
    }

    /** Removes a staging folder left by a failed build; the published site stays as it was. */
    public void discard(Path staging) {
        deleteRecursively(staging);
    }

    private Path sibling(String suffix) {
        return published.resolveSibling(published.getFileName() + suffix);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
