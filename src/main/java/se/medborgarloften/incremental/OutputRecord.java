package se.medborgarloften.incremental;

import se.medborgarloften.support.Sha256;
import se.medborgarloften.support.WholeFiles;
import se.medborgarloften.support.Workers;
import se.medborgarloften.output.StagingSite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * For each output folder, the fingerprint of what each of its files of one kind (pages, or the downloads of each
 * period) was made from (see {@link Fingerprints}) and the file's size, so that a file changed by hand is made again.
 * Kept in the store's records/KIND/, by the folder's identity on disk rather than its name, because the two folders
 * that take turns may swap names (see publish/SitePublisher).
 */
final class OutputRecord {

    /** How one file came about: the digest of its inputs and its size in bytes. */
    record Entry(String inputs, long size) {

        /**
         * Whether the site still holds this file as it was made from these inputs (same digest, same size, so
         * that a file changed by hand is made again); if so, it is marked as written by this build and kept.
         */
        boolean keptIn(StagingSite site, String file, String madeFrom) {
            if (madeFrom == null || !inputs.equals(madeFrom) || size != site.sizeOf(file)) {
                return false;
            }
            site.markKept(file, size);
            return true;
        }
    }

    private final Path folder;
    /** The records this process wrote, by file (the preview writes into two folders by turns); see {@link #remember}. */
    private final Map<Path, Remembered> remembered = new HashMap<>();
    /** The records being written, by file. */
    private final Map<Path, CompletableFuture<Void>> writing = new ConcurrentHashMap<>();

    private record Remembered(FileTime modified, long size, Map<String, Entry> entries) {
    }

    /** @param folder where the records of one kind of file are kept, e.g. the store's records/page/ */
    OutputRecord(Path folder) {
        this.folder = folder;
    }

    /**
     * What the files in this output folder were made from. The record is forgotten as it is read:
     * the build about to write into the folder may stop half-way, and only a finished one records again.
     */
    Map<String, Entry> take(Path output) {
        Path file = fileFor(output);
        if (file == null) {
            return Map.of();
        }
        awaitWriting(file);
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Map<String, Entry> written = takeRemembered(file);
        if (written != null) {
            return written;
        }
        Map<String, Entry> entries = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] fields = line.split("\t", 3);
                if (fields.length == 3) {
                    entries.put(fields[2], new Entry(fields[0], Long.parseLong(fields[1])));
                }
            }
            Files.delete(file);
        } catch (IOException | NumberFormatException e) {
            return Map.of();
        }
        return entries;
    }

    /**
     * Records what the files in this output folder were made from, by file (a map nobody changes afterwards).
     * The record is written on a thread of its own: nothing in this build needs it, and the next build into
     * the folder (the live preview's next but one) waits for it.
     */
    void keep(Path output, Map<String, Entry> entriesByFile) {
        Path file = fileFor(output);
        if (file == null) {
            return;
        }
        awaitWriting(file);
        writing.put(file, Workers.inBackground("write-record", () -> {
            write(file, entriesByFile);
            return null;
        }));
    }

    /** Waits for the records still being written; a record that could not be written fails here. */
    void finish() {
        List.copyOf(writing.keySet()).forEach(this::awaitWriting);
    }

    /** Waits for the record of this file, if one is being written; a record that could not be written fails here. */
    private void awaitWriting(Path file) {
        CompletableFuture<Void> pending = writing.remove(file);
        if (pending != null) {
            Workers.await(pending);
        }
    }

    private void write(Path file, Map<String, Entry> entriesByFile) {
        // In no particular order: it is read into a map.
        StringBuilder text = new StringBuilder(entriesByFile.size() * 128);
        entriesByFile.forEach((page, entry) ->
                text.append(entry.inputs()).append('\t').append(entry.size()).append('\t').append(page).append('\n'));
        try {
            Files.createDirectories(folder);
            WholeFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
            remember(file, entriesByFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A record this process wrote, kept in memory with the file's size and time, so that the live preview's
     * next build into the folder does not read back what it wrote.
     */
    private synchronized void remember(Path file, Map<String, Entry> entries) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        remembered.put(file, new Remembered(attributes.lastModifiedTime(), attributes.size(), entries));
    }

    /** The remembered record if the file is still the one written, deleted as {@link #take} deletes it; else null. */
    private synchronized Map<String, Entry> takeRemembered(Path file) {
        Remembered known = remembered.remove(file);
        if (known == null) {
            return null;
        }
        try {
            BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!now.lastModifiedTime().equals(known.modified) || now.size() != known.size) {
                return null;
            }
            Files.delete(file);
            return known.entries;
        } catch (IOException e) {
            return null;
        }
    }

    /** The record of this folder, named after its identity on disk; none where the file system has no such identity. */
    private Path fileFor(Path output) {
        try {
            Object identity = Files.readAttributes(output, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
            if (identity == null) {
                return null;
            }
            return folder.resolve(Sha256.hex(identity.toString()).substring(0, 32) + ".tsv");
        } catch (IOException e) {
            return null;
        }
    }
}
