package se.medborgarloften.incremental;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What one load read, for the next load in the same process: the live preview, where one file changes
 * between two builds and reading and parsing the others again would be most of the rebuild. A
 * file is read again when its size, modification time or identity on disk (an editor that saves by
 * renaming makes a new file) differs from when it was read, and always when it had been changed less than
 * a second before it was read: a second save within the file system's clock tick, of the same size, would
 * otherwise look unchanged (git's index guards against the same "racy" files).
 */
public final class ReadCache<T> {

    private static final Duration RACY = Duration.ofSeconds(1);

    private final Map<Path, Entry<T>> entries = new ConcurrentHashMap<>();
    private final boolean keeping;

    /** A cache that keeps what it read for the next load. */
    public ReadCache() {
        this(true);
    }

    private ReadCache(boolean keeping) {
        this.keeping = keeping;
    }

    /**
     * For a build with no next build in its process (the command line): reads every file and keeps none, so that
     * the files' texts can be let go once the pages are planned rather than be held until the last page is written.
     */
    public static <T> ReadCache<T> keepingNothing() {
        return new ReadCache<>(false);
    }

    /** The file as it is on disk now, as far as a cache can tell without reading it. */
    public record Stamp(long size, FileTime modified, Object fileKey) {

        public static Stamp of(BasicFileAttributes attributes) {
            return new Stamp(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
        }
    }

    private record Entry<T>(Stamp stamp, T read, boolean racy) {
    }

    /** The earlier result for this file when it is unchanged, else what reading it now gives. */
    public T read(Path file, Stamp stamp, Supplier<T> reading) {
        if (!keeping) {
            return Objects.requireNonNull(reading.get());
        }
        Entry<T> earlier = entries.get(file);
        if (earlier != null && !earlier.racy() && earlier.stamp().equals(stamp)) {
            return earlier.read();
        }
        Instant readAt = Instant.now();
        T read = Objects.requireNonNull(reading.get());
        boolean racy = !stamp.modified().toInstant().isBefore(readAt.minus(RACY));
        entries.put(file, new Entry<>(stamp, read, racy));
        return read;
    }

    /** Forgets files that are gone, so that what is kept stays the size of the content. */
    public void retainOnly(Set<Path> files) {
        // Asked of a hash set, not of the listing's sorted map, whose look-ups compare paths.
        entries.keySet().retainAll(new HashSet<>(files));
    }
}
