package se.medborgarloften.publish;

import se.medborgarloften.output.WorkingCopyListings;
import se.medborgarloften.output.StagingSite;
import se.medborgarloften.support.Folders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.Supplier;

/**
 * Publishes a build in one step, so that at no moment is the published site missing, half-written or a mixture
 * of two builds, whenever the build stops (a failure, a full disk, Ctrl+C, a killed process, a CI timeout).
 *
 * <p>The published path ({@code site/}) is a symbolic link to one of two folders that take turns,
 * {@code site.1/} and {@code site.2/}. A build writes into the folder the link does not point to, the working
 * copy, which holds the site as the build before last left it (see {@link StagingSite}); once everything
 * succeeded it makes a new link to the working copy and renames it over the old link. A rename replaces its
 * target in one step (POSIX {@code rename(2)}), so a reader, or a build killed at any instant, finds the link
 * pointing at one complete site or at the other. The site it replaces becomes the next build's working copy;
 * {@code site.work} is a link to it, for people and tests (the build itself asks the published link).
 *
 * <p>Within one process (the live preview) the folder a reader is reading from is not written into until the
 * read is done ({@link WorkingCopyListings#reading}). Where symbolic links cannot be made (Windows without the
 * privilege), the two folders swap names by two renames, as before, with a moment between them without a site.
 */
public final class SitePublisher {

    private final Path published;
    private final WorkingCopyListings listings;

    /** @param listings what earlier builds in this process left in the two folders (see {@link WorkingCopyListings}) */
    public SitePublisher(Path published, WorkingCopyListings listings) {
        this.published = published.toAbsolutePath().normalize();
        this.listings = listings;
    }

    /** The working copy, beside the published site. */
    public StagingSite prepareStaging() {
        Path work;
        try {
            work = linksWork() ? workingGeneration() : sibling(".work");
            if (Files.exists(work, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(work, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(work);
            }
            Files.createDirectories(work);
            // A reader in this process (the preview's server) still reading the build before last finishes first.
            listings.awaitUnread(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Supplier<StagingSite.Listing> known = listings.take(work);
        listings.touch(work);
        return new StagingSite(work, known);
    }

    /** Removes what the build did not write from the working copy and publishes it in one step. */
    public void publish(StagingSite staging) {
        staging.removeUnwritten();
        Path work = staging.root();
        try {
            if (work.getFileName().toString().equals(published.getFileName() + ".work")) {
                swapByRenaming(work);
            } else {
                Path link = sibling(".link");
                Files.deleteIfExists(link);
                Files.createSymbolicLink(link, Path.of(work.getFileName().toString()));
                Path other = otherThan(work);
                listings.swapping(() -> {
                    if (isRealFolder(published)) {
                        // Left by a version of this program that swapped folders: adopted once, in two renames.
                        Folders.deleteRecursively(other);
                        move(published, other);
                    }
                    Files.move(link, published, StandardCopyOption.ATOMIC_MOVE);
                });
                pointWorkLinkAt(other);
            }
            listings.published(work, staging::contents);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not publish the new site at " + published, e);
        }
    }

    /**
     * Whether the site is published as a link: always, unless this system cannot make one. Decided by making
     * the link the next publication would need (made again then), so a system without links is found at once.
     */
    private boolean linksWork() throws IOException {
        if (Files.isSymbolicLink(published)) {
            return true;
        }
        Path probe = sibling(".link");
        Files.createDirectories(published.getParent());
        Files.deleteIfExists(probe);
        try {
            Files.createSymbolicLink(probe, Path.of(published.getFileName() + ".1"));
            Files.delete(probe);
            return true;
        } catch (UnsupportedOperationException | FileSystemException e) {
            return false;
        }
    }

    /**
     * The folder the published link does not point to. What earlier versions of this program left is tidied:
     * their working copy becomes this one, and their folder for swapping goes.
     */
    private Path workingGeneration() throws IOException {
        Path work;
        if (Files.isSymbolicLink(published)) {
            String current = Files.readSymbolicLink(published).getFileName().toString();
            work = current.equals(published.getFileName() + ".1") ? sibling(".2") : sibling(".1");
        } else {
            // Nothing published yet (or a folder of an earlier version, published in place of .1 when this build is).
            work = sibling(".2");
        }
        Path oldWork = sibling(".work");
        if (isRealFolder(oldWork)) {
            if (!Files.exists(work, LinkOption.NOFOLLOW_LINKS)) {
                move(oldWork, work);
            } else {
                Folders.deleteRecursively(oldWork);
            }
        }
        Folders.deleteRecursively(sibling(".swap"));
        return work;
    }

    private Path otherThan(Path generation) {
        return generation.getFileName().toString().endsWith(".1") ? sibling(".2") : sibling(".1");
    }

    /** Points site.work at the next build's working copy; only for people and tests to find it. */
    private void pointWorkLinkAt(Path next) throws IOException {
        Path workLink = sibling(".work");
        Path temporary = sibling(".work-link");
        Files.deleteIfExists(temporary);
        Files.createSymbolicLink(temporary, Path.of(next.getFileName().toString()));
        if (isRealFolder(workLink)) {
            Folders.deleteRecursively(workLink);
        }
        Files.move(temporary, workLink, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Where no link can be made: the working copy and the published folder swap names, by two renames. */
    private void swapByRenaming(Path work) throws IOException {
        Path swap = sibling(".swap");
        Folders.deleteRecursively(swap);
        if (Files.exists(published)) {
            move(published, swap);
        }
        move(work, published);
        if (Files.exists(swap)) {
            move(swap, work);
        }
    }

    private static boolean isRealFolder(Path path) {
        BasicFileAttributes attributes = StagingSite.attributes(path);
        return attributes != null && attributes.isDirectory();
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
}
