package se.medborgarloften.publish;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What each of the two folders that take turns (see {@link SitePublisher}) holds, as the builds of one live
 * preview left them, so that a rebuild need not list its working copy: listing 28,000 files took half a
 * second of processor time from every rebuild at national scale. A folder is known only from the build that
 * published it; one a build wrote into without publishing is listed again, and so are both when a build of
 * another process (`mvn verify` beside the preview) has begun since this process's last one.
 */
public final class WorkingCopyListings {

    /** Made when a build needs it, on the thread that would otherwise list the folder, not as a build ends. */
    private final Map<Path, Supplier<StagingSite.Listing>> byFolder = new HashMap<>();
    /** The mark this process's last build left as it began (see {@link SitePublisher#prepareStaging()}). */
    private String lastMark;

    /**
     * What the folder holds, if known and if the mark found beside the folders is the one this process left
     * (no other build has begun since); forgotten as it is asked for, since the asker is about to change it.
     */
    synchronized Supplier<StagingSite.Listing> take(Path folder, String markFound) {
        if (lastMark == null || !lastMark.equals(markFound)) {
            byFolder.clear();
            return null;
        }
        return byFolder.remove(folder);
    }

    /** The mark this process's build left as it began, or null when it could leave none. */
    synchronized void began(String mark) {
        lastMark = mark;
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
