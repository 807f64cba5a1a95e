package se.medborgarloften.publish;

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
 * preview left them, so that a rebuild need not list its working copy: listing 28,000 files took half a
 * second of processor time from every rebuild at national scale.
 *
 * <p>A folder is known by its identity on disk (the two swap names on every build) and only as the build
 * that published it left it: every build stamps its working copy's modification time as it begins (see
 * {@link #touch}), so a folder that a build wrote into since, without publishing or in another process
 * ({@code mvn verify} beside the preview), no longer has the time it was known with and is listed again.
 */
public final class WorkingCopyListings {

    private record Known(FileTime modified, Supplier<StagingSite.Listing> listing) {
    }

    /** Listings are made when a build needs one, on the thread that would otherwise list the folder. */
    private final Map<Object, Known> byFolder = new HashMap<>();

    /** What the folder holds, if it is as a build of this process published it; forgotten as it is asked for. */
    synchronized Supplier<StagingSite.Listing> take(Path folder) {
        BasicFileAttributes attributes = StagingSite.attributes(folder);
        if (attributes == null || attributes.fileKey() == null) {
            return null;
        }
        Known known = byFolder.remove(attributes.fileKey());
        return known != null && known.modified().equals(attributes.lastModifiedTime()) ? known.listing() : null;
    }

    /** Marks the folder as changing: whatever this or another process knew of it no longer holds. */
    synchronized void touch(Path folder) {
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

    /** After a build is published: the published folder holds what it wrote, as of its time now. */
    synchronized void published(Path folder, Supplier<StagingSite.Listing> wrote) {
        BasicFileAttributes attributes = StagingSite.attributes(folder);
        if (attributes != null && attributes.fileKey() != null) {
            byFolder.put(attributes.fileKey(), new Known(attributes.lastModifiedTime(), wrote));
        }
    }
}
