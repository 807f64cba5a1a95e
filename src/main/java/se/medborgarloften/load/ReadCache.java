package se.medborgarloften.load;

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
 * between two builds and reading and parsing the others again was most of a national site's rebuild. A
 * file is read again when its size, modification time or identity on disk (an editor that saves by
 * renaming makes a new file) differs from when it was read, and always when it had been changed less than
 * a second before it was read: a second save within the file system's clock tick, of the same size, would
 * otherwise look unchanged (git's index guards against the same "racy" files).
 */
public final class ReadCache {

    private static final Duration RACY = Duration.ofSeconds(1);

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

    /** The file as it is on disk now, as far as a cache can tell without reading it. */
    record Stamp(long size, FileTime modified, Object fileKey) {

        static Stamp of(BasicFileAttributes attributes) {
            return new Stamp(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
        }
    }

    private record Entry(Stamp stamp, ContentLoader.ReadFile read, boolean racy) {
    }

    /** The earlier result for this file when it is unchanged, else what reading it now gives. */
    ContentLoader.ReadFile read(Path file, Stamp stamp, Supplier<ContentLoader.ReadFile> reading) {
        Entry earlier = entries.get(file);
        if (earlier != null && !earlier.racy() && earlier.stamp().equals(stamp)) {
            return earlier.read();
        }
        Instant readAt = Instant.now();
        ContentLoader.ReadFile read = Objects.requireNonNull(reading.get());
        boolean racy = !stamp.modified().toInstant().isBefore(readAt.minus(RACY));
        entries.put(file, new Entry(stamp, read, racy));
        return read;
    }

    /** Forgets files that are gone, so that what is kept stays the size of the content. */
    void retainOnly(Set<Path> files) {
        // Asked of a hash set, not of the listing's sorted map: 12,500 look-ups by path comparison took 15 ms.
        entries.keySet().retainAll(new HashSet<>(files));
    }
}
