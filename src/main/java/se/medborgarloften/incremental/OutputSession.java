package se.medborgarloften.incremental;

import se.medborgarloften.output.StagingSite;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One kind of file (pages, or the downloads of each period) being made into one output folder in one build: which
 * files the folder already holds as they would be made now, and what each file this build leaves there was made
 * from, recorded when all of them are written. The record in the folder is forgotten when the session opens: a
 * build that stops half-way records nothing, and the next build into the folder makes everything. Safe for many
 * threads.
 */
public final class OutputSession {

    private final OutputRecord record;
    private final StagingSite site;
    private final Map<String, OutputRecord.Entry> before;
    private final Map<String, OutputRecord.Entry> after = new ConcurrentHashMap<>();

    OutputSession(OutputRecord record, StagingSite site, boolean reuse) {
        this.record = record;
        this.site = site;
        Map<String, OutputRecord.Entry> earlier = record.take(site.root());
        this.before = reuse ? earlier : Map.of();
    }

    /**
     * Whether the folder still holds this file as it was made from inputs with this fingerprint: the same
     * fingerprint and the size it was made with, so that a file changed by hand is made again. A kept file is
     * marked as written by this build. Never for a fingerprint of null (a file made from everything).
     */
    public boolean keep(String file, String fingerprint) {
        OutputRecord.Entry earlier = fingerprint == null ? null : before.get(file);
        if (earlier != null && earlier.keptIn(site, file, fingerprint)) {
            after.put(file, earlier);
            return true;
        }
        return false;
    }

    /** Records that this file, now written into the folder, was made from inputs with this fingerprint. */
    public void made(String file, String fingerprint) {
        if (fingerprint != null) {
            after.put(file, new OutputRecord.Entry(fingerprint, site.sizeOf(file)));
        }
    }

    /** As {@link #made(String, String)}, for a file whose size the caller knows. */
    public void made(String file, String fingerprint, long size) {
        if (fingerprint != null) {
            after.put(file, new OutputRecord.Entry(fingerprint, size));
        }
    }

    /** Records what the folder's files of this kind are made from, for the next build into it, once all are written. */
    public void finish() {
        record.keep(site.root(), after);
    }
}
