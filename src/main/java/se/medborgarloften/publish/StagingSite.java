package se.medborgarloften.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
    /** Folders this build has made sure exist, so that each is created or checked once. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

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
            BasicFileAttributes existing = attributes(file);
            if (existing == null || !sameBytes(file, existing, bytes)) {
                // Whatever an earlier build left in the way: a folder, or a link that must not be written through.
                if (existing != null && existing.isDirectory()) {
                    SitePublisher.deleteRecursively(file);
                } else if (existing != null && existing.isSymbolicLink()) {
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
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                // How many entries each open folder keeps, innermost last: a folder left empty is deleted.
                private final Deque<int[]> kept = new ArrayDeque<>();

                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                    kept.push(new int[1]);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    if (written.contains(relative(file))) {
                        kept.peek()[0]++;
                    } else {
                        Files.delete(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path folder, IOException failure) throws IOException {
                    if (failure != null) {
                        throw failure;
                    }
                    boolean empty = kept.pop()[0] == 0;
                    if (folder.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (empty) {
                        Files.delete(folder);
                    } else {
                        kept.peek()[0]++;
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void createFolder(Path folder) throws IOException {
        if (folders.contains(folder)) {
            return;
        }
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
        for (Path path = folder; path != null && path.startsWith(root); path = path.getParent()) {
            folders.add(path);
        }
    }

    /** The file's own attributes (a link's, not its target's), or null when nothing is there. */
    private static BasicFileAttributes attributes(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static boolean sameBytes(Path file, BasicFileAttributes existing, byte[] bytes) throws IOException {
        return existing.isRegularFile() && existing.size() == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes);
    }

    private String relative(Path path) {
        return normalized(root.relativize(path).toString());
    }

    private static String normalized(String relativePath) {
        return relativePath.replace('\\', '/');
    }
}
