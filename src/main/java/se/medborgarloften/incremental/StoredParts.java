package se.medborgarloften.incremental;

import se.medborgarloften.support.WholeFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What each part (an area) contributes to the files that hold every part (the downloads with everything, the search
 * index), kept in the store's parts/KIND/ between builds under the fingerprint of what the part was made from, so
 * that a build makes only the parts whose inputs changed and puts the files together from the parts. A part is
 * written under a new name and renamed, so a build that stops half-way, or another build of the same project,
 * never reads half a part.
 */
public final class StoredParts {

    private final Path folder;
    /** The fingerprint of what a part is made from, by the part's name; null when it cannot be kept. */
    private final Function<String, String> fingerprints;
    /** The parts earlier builds left in the folder, listed once. */
    private final Set<String> listed;
    /** Those this build may use: none when it makes everything. */
    private final Set<String> kept;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    /** The parts held in memory between builds, by name, or null when they are read from disk every time. */
    private final Map<String, byte[]> held;

    private StoredParts(Path folder, Function<String, String> fingerprints, Set<String> listed, boolean reuse,
                        Map<String, byte[]> held) {
        this.folder = folder;
        this.fingerprints = fingerprints;
        this.listed = listed;
        this.kept = reuse ? listed : Set.of();
        this.held = held;
    }

    /**
     * The parts kept in this folder. With {@code held}, they are also held in memory for the next build of this
     * process (the live preview's), which would otherwise read every part back from disk; nothing may change the
     * bytes it is given.
     *
     * @param reuse whether parts an earlier build kept may be used (not in a build that makes everything)
     * @param held  the parts of this kind that earlier builds held, by name, or null; this build leaves its own there
     */
    static StoredParts in(Path folder, Function<String, String> fingerprints, boolean reuse, Map<String, byte[]> held) {
        Set<String> kept = new HashSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(file -> kept.add(file.getFileName().toString()));
        } catch (NoSuchFileException e) {
            // Nothing kept yet.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!reuse && held != null) {
            held.clear();
        }
        return new StoredParts(folder, fingerprints, kept, reuse, held);
    }

    /**
     * Makes sure the part one area contributes to a file is kept: made now unless an earlier build kept it
     * from the same inputs. Without a fingerprint of the part's inputs nothing is kept.
     */
    public void keep(String file, String areaId, Supplier<byte[]> make) {
        String madeFrom = fingerprints.apply(areaId);
        if (madeFrom == null) {
            return;
        }
        String name = name(file, areaId, madeFrom);
        used.add(name);
        if (held != null && held.containsKey(name) || kept.contains(name)) {
            return;
        }
        byte[] made = make.get();
        write(name, made);
        if (held != null) {
            held.put(name, made);
        }
    }

    /** The part one area contributes to a file, as kept, or made now when it could not be kept. */
    public byte[] read(String file, String areaId, Supplier<byte[]> make) {
        String madeFrom = fingerprints.apply(areaId);
        if (madeFrom != null) {
            String name = name(file, areaId, madeFrom);
            used.add(name);
            byte[] known = held == null ? null : held.get(name);
            if (known != null) {
                return known;
            }
            try {
                byte[] bytes = Files.readAllBytes(folder.resolve(name));
                if (held != null) {
                    held.put(name, bytes);
                }
                return bytes;
            } catch (IOException e) {
                // Not kept (a full disk), or removed meanwhile by another build of this project.
            }
        }
        return make.get();
    }

    private static String name(String file, String areaId, String madeFrom) {
        return file.replace('/', '_') + "-" + areaId + "-" + madeFrom.substring(0, 32);
    }

    private void write(String name, byte[] bytes) {
        try {
            Files.createDirectories(folder);
            WholeFiles.write(folder.resolve(name), bytes);
        } catch (IOException e) {
            // Keeping is only a saving: the part is made again when it is read.
        }
    }

    /** Removes the parts this build did not use: of areas whose inputs changed, or that are gone. */
    public void removeUnused() {
        if (held != null) {
            held.keySet().retainAll(used);
        }
        for (String name : listed) {
            if (!used.contains(name)) {
                try {
                    Files.deleteIfExists(folder.resolve(name));
                } catch (IOException e) {
                    // Tried again after the next build.
                }
            }
        }
    }
}
