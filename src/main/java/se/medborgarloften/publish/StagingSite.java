package se.medborgarloften.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The folder a build writes the site into before it is published: the working copy, which holds the site
 * of an earlier build. A file whose bytes are already there is left alone, so a build that changes a few
 * pages writes a few files; {@link #removeUnwritten()} then deletes whatever this build did not write.
 * Writing a file costs far more than reading one on most disks, and a national site is tens of thousands
 * of files. Safe for many threads.
 */
public final class StagingSite {

    private final Path root;
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    StagingSite(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** Writes the file at this path below the root unless it already holds exactly these bytes. */
    public void write(String relativePath, byte[] bytes) {
        Path file = root.resolve(relativePath);
        try {
            if (!sameBytes(file, bytes)) {
                // Whatever an earlier build left in the way: a folder, or a link that must not be written through.
                if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    SitePublisher.deleteRecursively(file);
                } else if (Files.isSymbolicLink(file)) {
                    Files.delete(file);
                }
                createFolder(file.getParent());
                Files.write(file, bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written.add(normalized(relativePath));
    }

    /** Marks a file that something else (JBake's asset copier) wrote as part of this build. */
    public void markWritten(String relativePath) {
        written.add(normalized(relativePath));
    }

    public boolean wasWritten(String relativePath) {
        return written.contains(normalized(relativePath));
    }

    /** Deletes every file and folder this build did not write, left from an earlier or a failed build. */
    void removeUnwritten() {
        List<Path> all;
        try (Stream<Path> paths = Files.walk(root)) {
            all = paths.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            for (Path path : all) {
                if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) && !written.contains(relative(path))) {
                    Files.delete(path);
                }
            }
            // Deepest first, so a folder is empty once its empty sub-folders are gone.
            for (Path folder : all.stream().filter(p -> !p.equals(root) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.reverseOrder()).toList()) {
                try (Stream<Path> entries = Files.list(folder)) {
                    if (entries.findAny().isEmpty()) {
                        Files.delete(folder);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void createFolder(Path folder) throws IOException {
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException e) {
            // An earlier build had a file where this build needs a folder.
            for (Path path = folder; path.startsWith(root) && !path.equals(root); path = path.getParent()) {
                if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(path);
                    break;
                }
            }
            Files.createDirectories(folder);
        }
    }

    private static boolean sameBytes(Path file, byte[] bytes) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) != bytes.length) {
            return false;
        }
        return Arrays.equals(Files.readAllBytes(file), bytes);
    }

    private String relative(Path path) {
        return normalized(root.relativize(path).toString());
    }

    private static String normalized(String relativePath) {
        return relativePath.replace('\\', '/');
    }
}
