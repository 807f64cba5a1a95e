package se.medborgarloften.publish;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What each of the two folders that take turns (see {@link SitePublisher}) holds, as the builds of one live
 * preview left them, so that a rebuild need not list its working copy: listing 28,000 files took half a
 * second of processor time from every rebuild at national scale. A folder is known only from the build that
 * published it; one a build wrote into without publishing is listed again.
 */
public final class WorkingCopyListings {

    /** Made when a build needs it, on the thread that would otherwise list the folder, not as a build ends. */
    private final Map<Path, Supplier<StagingSite.Listing>> byFolder = new HashMap<>();

    /** What the folder holds, if known; forgotten as it is asked for, since the asker is about to change it. */
    synchronized Supplier<StagingSite.Listing> take(Path folder) {
        return byFolder.remove(folder);
    }

    /**
     * After a build is published: the published folder holds what the build wrote, and the working copy, swapped
     * out, what was published before (when that is known).
     */
    synchronized void swapped(Path published, Supplier<StagingSite.Listing> wrote, Path workingCopy) {
        Supplier<StagingSite.Listing> before = byFolder.remove(published);
        byFolder.put(published, wrote);
        if (before != null) {
            byFolder.put(workingCopy, before);
        }
    }
}
