package se.medborgarloften.publish;

import se.medborgarloften.build.Workers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Publishes a build by swapping folders, so that a failed build never touches the published site. Two
 * folders take turns: the published site ({@code site/}) and its working copy ({@code site.work/}), which
 * holds the site as an earlier build left it. A build updates the working copy in place (see
 * {@link StagingSite}) and swaps it in; the site it replaces becomes the next build's working copy.
 */
public final class SitePublisher {

    private final Path published;
    private final WorkingCopyListings listings;

    /** @param listings what earlier builds in this process left in the two folders (see {@link WorkingCopyListings}) */
    public SitePublisher(Path published, WorkingCopyListings listings) {
        this.published = published.toAbsolutePath().normalize();
        this.listings = listings;
    }

    /** The working copy, on the same file system as the published site so that the swap is a rename. */
    public StagingSite prepareStaging() {
        Path work = sibling(".work");
        try {
            if (Files.exists(work, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(work, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(work);
            }
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Supplier<StagingSite.Listing> known = listings.take(work);
        listings.touch(work);
        return new StagingSite(work, known);
    }

    /** Removes what the build did not write from the working copy and swaps it in for the published site. */
    public void publish(StagingSite staging) {
        staging.removeUnwritten();
        Path swap = sibling(".swap");
        deleteRecursively(swap);
        try {
            if (Files.exists(published)) {
                move(published, swap);
            }
            move(staging.root(), published);
            if (Files.exists(swap)) {
                move(swap, staging.root());
            }
            listings.published(published, staging::contents);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not swap the new site into " + published, e);
        }
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
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
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
