package se.medborgarloften.incremental;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place a project's incremental builds keep what they made, {@code target/incremental/}: records/KIND/ says
 * what each file of an output folder was made from, parts/KIND/ holds each area's part of the files with every area,
 * prose/ the converted AsciiDoc. Lives as long as the renderer that uses it (the live preview's, all its builds),
 * which also lets it hold what the next build would otherwise read back from disk.
 */
public final class Store {

    /** Below the project; build tools clean target/ and git ignores it. */
    public static final String FOLDER = "target/incremental";

    private final Path root;
    private final boolean holdParts;
    private final Map<String, OutputRecord> records = new ConcurrentHashMap<>();
    private final Map<String, Map<String, byte[]>> heldParts = new ConcurrentHashMap<>();

    /**
     * @param holdParts whether each area's parts are also held in memory between builds, as the live preview does
     *                  (a build from the command line, with its smaller heap, reads them from disk)
     */
    public Store(Path project, boolean holdParts) {
        this.root = project.resolve(FOLDER);
        this.holdParts = holdParts;
    }

    /** Where the converted prose is cached. */
    public Path prose() {
        return root.resolve("prose");
    }

    /** The build that keeps, of what earlier builds made, whatever is still made from the same inputs. */
    public IncrementalBuild keeping(Fingerprints fingerprints) {
        return new StoredBuild(this, fingerprints, true);
    }

    /** The build that makes everything, and records what it made for the builds after it. */
    public IncrementalBuild makingEverything(Fingerprints fingerprints) {
        return new StoredBuild(this, fingerprints, false);
    }

    OutputRecord record(String kind) {
        return records.computeIfAbsent(kind, k -> new OutputRecord(root.resolve("records").resolve(k)));
    }

    Path parts(String kind) {
        return root.resolve("parts").resolve(kind);
    }

    Map<String, byte[]> heldParts(String kind) {
        return holdParts ? heldParts.computeIfAbsent(kind, k -> new ConcurrentHashMap<>()) : null;
    }

    /** Waits for the records still being written; a record that could not be written fails here. */
    public void finish() {
        records.values().forEach(OutputRecord::finish);
    }
}
