package se.medborgarloften.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What each of the two folders that take turns (see {@link SitePublisher}) holds, as the builds of one live
 * preview left them, so that a rebuild need not list its working copy, every file of the site.
 *
 * <p>A folder is known by its identity on disk (where links cannot be made, the two swap names on every build)
 * and only as the build that published it left it: every build stamps its working copy's modification time as
 * it begins (see {@link #touch}), so a folder that a build wrote into since, without publishing or in another process
 * ({@code mvn verify} beside the preview), no longer has the time it was known with and is listed again.
 *
 * <p>It also knows which folder readers in this process (the preview's server) are reading from, so that no build
 * writes into a folder while someone reads a page from it, and publishing happens under the same lock.
 */
public final class WorkingCopyListings {

    private record Known(FileTime modified, Supplier<StagingSite.Listing> listing) {
    }

    /** Listings are made when a build needs one, on the thread that would otherwise list the folder. */
    private final Map<Object, Known> byFolder = new HashMap<>();

    /** What the folder holds, if it is as a build of this process published it; forgotten as it is asked for. */
    public synchronized Supplier<StagingSite.Listing> take(Path folder) {
        BasicFileAttributes attributes = StagingSite.attributes(folder);
        if (attributes == null || attributes.fileKey() == null) {
            return null;
        }
        Known known = byFolder.remove(attributes.fileKey());
        return known != null && known.modified().equals(attributes.lastModifiedTime()) ? known.listing() : null;
    }

    /** Marks the folder as changing: whatever this or another process knew of it no longer holds. */
    public synchronized void touch(Path folder) {
        BasicFileAttributes attributes = StagingSite.attributes(folder);
        if (attributes != null && attributes.fileKey() != null) {
            byFolder.remove(attributes.fileKey());
        }
        try {
            Files.setLastModifiedTime(folder, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // A folder whose time cannot be set could be mistaken by a preview in another process.
            throw new UncheckedIOException("Could not mark " + folder + " as being built into", e);
        }
    }

    /**
     * How many readers in this process are reading from each folder of the published site, by the folder's
     * real path; a build does not write into a folder while someone reads from it (see {@link #reading}).
     */
    private final Map<Path, Integer> readers = new HashMap<>();

    /** Work on the file system that may throw. */
    @FunctionalInterface
    public interface FileWork {
        void run() throws IOException;
    }

    /** A folder of the published site held for reading: no build of this process writes into it until closed. */
    public final class Reading implements AutoCloseable {

        private final Path folder;
        /** The folder as counted among the readers; null when nothing is held. */
        private final Path held;
        private boolean closed;

        private Reading(Path folder, Path held) {
            this.folder = folder;
            this.held = held;
        }

        /** The folder the published site was in when the reading began. */
        public Path folder() {
            return folder;
        }

        @Override
        public void close() {
            synchronized (WorkingCopyListings.this) {
                if (!closed && held != null) {
                    closed = true;
                    readers.merge(held, -1, (a, b) -> a + b == 0 ? null : a + b);
                    WorkingCopyListings.this.notifyAll();
                }
            }
        }
    }

    /**
     * Starts reading the published site (the live preview's server): the folder it is in now, which stays as it is
     * until the reading is closed, even if a newer build is published meanwhile and the one after that would
     * write into it. Resolved under the same lock as a publication, so a reader holds either folder, never one
     * a build has begun to write into. A site not published yet is read where it would be, unheld.
     */
    public synchronized Reading reading(Path published) {
        try {
            Path folder = published.toRealPath();
            readers.merge(folder, 1, Integer::sum);
            return new Reading(folder, folder);
        } catch (IOException e) {
            return new Reading(published, null);
        }
    }

    /** Waits until nobody in this process reads from the folder; a build then writes into it. */
    public synchronized void awaitUnread(Path folder) throws IOException {
        Path real = folder.toRealPath();
        boolean interrupted = false;
        while (readers.getOrDefault(real, 0) > 0) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Publishes, so that no reader starts reading between the decision and the step. */
    public synchronized void swapping(FileWork work) throws IOException {
        work.run();
    }

    /** After a build is published: the published folder holds what it wrote, as of its time now. */
    public synchronized void published(Path folder, Supplier<StagingSite.Listing> wrote) {
        BasicFileAttributes attributes = StagingSite.attributes(folder);
        if (attributes != null && attributes.fileKey() != null) {
            byFolder.put(attributes.fileKey(), new Known(attributes.lastModifiedTime(), wrote));
        }
    }
}
