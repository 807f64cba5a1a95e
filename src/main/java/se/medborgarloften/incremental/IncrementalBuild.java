package se.medborgarloften.incremental;

import se.medborgarloften.output.StagingSite;

import java.util.function.Function;

/**
 * What the render stage asks of incremental building, and all it asks: the fingerprint of what a file reads,
 * whether an output folder still holds a file as it would be made now, and each area's stored part of the files
 * with every area. The generator chooses once per build which kind it gets (see {@link Store}): one that keeps
 * what is unchanged, or one that makes everything; both record what they made.
 */
public interface IncrementalBuild {

    /** The fingerprint of what a file declares it reads; null when it reads everything or the inputs are unknown. */
    String fingerprint(Reads reads);

    /** The fingerprints this build knows, for caches that compare one build's with the next one's. */
    Fingerprints fingerprints();

    /** Opens the record of one kind of file (e.g. "page") in this output folder; close it once they are written. */
    OutputSession outputs(String kind, StagingSite site);

    /**
     * Each part's share of the files of this kind (e.g. "data") that hold every part.
     *
     * @param readsOfPart what a part, by its name (an area's id), is made from
     */
    StoredParts parts(String kind, Function<String, Reads> readsOfPart);
}
