package se.medborgarloften.generator;

import se.medborgarloften.load.ContentFiles;
import se.medborgarloften.load.ContentLoader;
import se.medborgarloften.incremental.ReadCache;
import se.medborgarloften.incremental.FingerprintMemory;
import se.medborgarloften.output.WorkingCopyListings;
import se.medborgarloften.validate.CheckCache;

/**
 * What a build keeps for the next build in the same process: the files it read, their own checks, the
 * fingerprints of the inputs' groups, what it left in its output folders and the list of content files (kept
 * only when a watcher reports every change). The
 * live preview keeps one for as long as it runs, so that a rebuild reads, parses and checks only the files
 * that changed; a build from the command line starts with an empty one and lets go of it when it ends.
 */
public record BuildMemory(ReadCache<ContentLoader.ReadFile> reads, CheckCache checks, FingerprintMemory fingerprints, WorkingCopyListings listings,
                          ContentFiles contentFiles) {

    public BuildMemory() {
        this(new ReadCache<>(), new CheckCache(), new FingerprintMemory(), new WorkingCopyListings(), new ContentFiles());
    }

    /**
     * For one build and no other in the process (the command line, `mvn package`): nothing read or checked is kept,
     * so the content's files, hundreds of megabytes on a national site, are let go once the pages are planned
     * instead of being held, as a memory for a next build would hold them, while every page is rendered.
     */
    public static BuildMemory forOneBuild() {
        return new BuildMemory(ReadCache.keepingNothing(), CheckCache.keepingNothing(), new FingerprintMemory(),
                new WorkingCopyListings(), new ContentFiles());
    }
}
