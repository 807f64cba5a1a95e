package se.medborgarloften.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import se.medborgarloften.build.Workers;

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
        try (Stream<Path> paths = Files.walk(folder)) {
            List<Path> all = paths.toList();
            // Files first, in parallel (the file system is the bottleneck), then folders deepest first.
            Workers.run(() -> {
                all.parallelStream().filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).forEach(SitePublisher::delete);
                return null;
            });
            all.stream().filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.reverseOrder()).forEach(SitePublisher::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
