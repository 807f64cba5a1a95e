package se.medborgarloften.generator;

import se.medborgarloften.load.ContentFiles;
import se.medborgarloften.load.ReadCache;
import se.medborgarloften.plan.AreaDigests;
import se.medborgarloften.output.WorkingCopyListings;
import se.medborgarloften.validate.CheckCache;

/**
 * What a build keeps for the next build in the same process: the files it read, their own checks, the
 * digests of each area's inputs, what it left in its output folders and the list of content files (kept
 * only when a watcher reports every change). The
 * live preview keeps one for as long as it runs, so that a rebuild reads, parses and checks only the files
 * that changed; a build from the command line starts with an empty one and lets go of it when it ends.
 */
public record BuildMemory(ReadCache reads, CheckCache checks, AreaDigests areaDigests, WorkingCopyListings listings,
                          ContentFiles contentFiles) {

    public BuildMemory() {
        this(new ReadCache(), new CheckCache(), new AreaDigests(), new WorkingCopyListings(), new ContentFiles());
    }
}
