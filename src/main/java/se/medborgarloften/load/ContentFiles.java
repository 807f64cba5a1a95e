package se.medborgarloften.load;

import se.medborgarloften.incremental.ReadCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files under content/, with what tells whether each changed since it was read ({@link ReadCache.Stamp}).
 * They are listed in full for every load, unless a file watcher reports every change (the live preview's
 * does): then the listing is kept, and only what the watcher reported is asked of the disk again, since listing
 * every file would come before the open page could be rendered. A report on the folder itself (the watcher lost track, e.g. of a folder that was moved
 * and is still reported under its old path) makes the next load list everything again.
 */
public final class ContentFiles {

    private boolean watched;
    private Path listedFolder;
    private TreeMap<Path, ReadCache.Stamp> listing;
    private final List<Path> reported = new ArrayList<>();

    /** From now on every change below the folder is reported to {@link #changed}, before the next load. */
    public synchronized void watched() {
        watched = true;
    }

    /** Paths a watcher saw change since the last report: files, folders created or deleted, or a folder it lost track of. */
    public synchronized void changed(Collection<Path> paths) {
        paths.forEach(path -> reported.add(path.toAbsolutePath().normalize()));
    }

    /** Every file below the folder but folders, in path order; the map is the caller's. */
    synchronized Map<Path, ReadCache.Stamp> list(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        boolean upToDate = watched && listing != null && root.equals(listedFolder);
        for (int i = 0; upToDate && i < reported.size(); i++) {
            Path path = reported.get(i);
            upToDate = !path.startsWith(root) || update(root, path);
        }
        reported.clear();
        if (!upToDate) {
            listing = listAll(root);
            listedFolder = root;
        }
        return new TreeMap<>(listing);
    }

    /** Asks the disk again about a reported path; false when everything must be listed again. */
    private boolean update(Path root, Path path) {
        if (path.equals(root)) {
            return false;
        }
        BasicFileAttributes now;
        try {
            now = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            now = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (now != null && !now.isDirectory()) {
            listing.put(path, ReadCache.Stamp.of(now));
            return true;
        }
        // Deleted (a file, a folder, an editor's temporary file), or a folder created or replaced: what was
        // listed at or below the path goes, and what is there now comes.
        listing.keySet().removeIf(file -> file.startsWith(path));
        if (now != null) {
            listing.putAll(listAll(path));
        }
        return true;
    }

    /** Every file below the folder but folders, in path order, with its stamp; symbolic links as they are. */
    static TreeMap<Path, ReadCache.Stamp> listAll(Path folder) {
        TreeMap<Path, ReadCache.Stamp> files = new TreeMap<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    // Symbolic links are listed as such (not followed) and reported when read.
                    files.put(file, ReadCache.Stamp.of(attributes));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
