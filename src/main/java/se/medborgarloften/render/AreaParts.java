package se.medborgarloften.render;

import se.medborgarloften.support.WholeFiles;
import se.medborgarloften.plan.PageInputs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What each area contributes to the files that hold every area (the downloads with everything, the search
 * index), kept in target/area-parts/ between builds under the digest of the inputs it was made from (see
 * {@link PageInputs}), so that a build makes only the parts of areas whose inputs
 * changed and puts the files together from the parts. Made whole, those files took 1.5–2 s of every live
 * preview rebuild at 250 areas, whichever file was edited. A part is written under a new name and renamed,
 * so a build that stops half-way, or another build of the same project, never reads half a part.
 */
final class AreaParts {

    private final Path folder;
    private final PageInputs inputs;
    /** The parts an earlier build kept, listed once. */
    private final Set<String> kept;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    /** The parts held in memory between builds, by name, or null when they are read from disk every time. */
    private final Map<String, byte[]> held;

    private AreaParts(Path folder, PageInputs inputs, Set<String> kept, Map<String, byte[]> held) {
        this.folder = folder;
        this.inputs = inputs;
        this.kept = kept;
        this.held = held;
    }

    /** The parts of one kind of file, e.g. "data", made from these inputs: kept in target/area-parts/data/. */
    static AreaParts in(Path project, String kind, PageInputs inputs) {
        return in(project, kind, inputs, null);
    }

    /**
     * As {@link #in(Path, String, PageInputs)}, and also held in memory for the next build of this process:
     * a live preview's rebuild read every part back from disk, 110 MB at 250 × 10, a tenth of its processor
     * time. Nothing may change the bytes it is given.
     *
     * @param held the parts of this kind that earlier builds held, by name; this build leaves its own there
     */
    static AreaParts in(Path project, String kind, PageInputs inputs, Map<String, byte[]> held) {
        Path folder = project.resolve("target/area-parts/" + kind);
        Set<String> kept = new HashSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(file -> kept.add(file.getFileName().toString()));
        } catch (NoSuchFileException e) {
            // Nothing kept yet.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AreaParts(folder, inputs, kept, held);
    }

    /**
     * Makes sure the part one area contributes to a file is kept: made now unless an earlier build kept it
     * from the same inputs. Without a digest of the area's inputs nothing is kept.
     */
    void keep(String file, String areaId, Supplier<byte[]> make) {
        String madeFrom = inputs.area(areaId);
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
    byte[] read(String file, String areaId, Supplier<byte[]> make) {
        String madeFrom = inputs.area(areaId);
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
    void removeUnused() {
        if (held != null) {
            held.keySet().retainAll(used);
        }
        for (String name : kept) {
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
