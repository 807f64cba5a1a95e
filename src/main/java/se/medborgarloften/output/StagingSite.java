package se.medborgarloften.output;

import se.medborgarloften.support.Folders;
import se.medborgarloften.support.WholeFiles;
import se.medborgarloften.support.Workers;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The folder a build writes the site into before it is published: the working copy, which holds the site
 * of an earlier build. A file whose bytes are already there is left alone, so a build that changes a few
 * pages writes a few files; {@link #removeUnwritten()} then deletes whatever this build did not write.
 * Writing a file costs far more than reading one on most disks, and a national site is tens of thousands
 * of files. Safe for many threads.
 */
public final class StagingSite {

    private static final long PROCESS = ProcessHandle.current().pid();

    private final Path root;
    /** Every file this build wrote or kept, by its path below the root, with its size in bytes. */
    private final Map<String, Long> written = new ConcurrentHashMap<>();
    /**
     * Folders this build has made sure exist, so that each is created or checked once, and whether this build
     * created it: nothing an earlier build left can be in such a folder, so its files are written without
     * first asking the disk what is there (a build into an empty folder would ask once for every page).
     */
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();

    /**
     * What an earlier build left in the working copy: listed while the content is loaded, or in the live
     * preview known from the build that published it.
     */
    private final CompletableFuture<Listing> earlier;

    /** @param known what the working copy holds, when the live preview knows it from the build that wrote it */
    public StagingSite(Path root, Supplier<Listing> known) {
        this.root = root;
        this.earlier = Workers.inBackground("list-working-copy", known != null ? known : () -> Listing.of(root));
    }

    public Path root() {
        return root;
    }

    /** Writes the file at this path below the root unless it already holds exactly these bytes. */
    public void write(String relativePath, byte[] bytes) {
        Path file = root.resolve(relativePath);
        try {
            if (createFolder(file.getParent())) {
                WholeFiles.writeAtOnce(file, bytes);
            } else {
                BasicFileAttributes existing = attributes(file);
                if (existing == null || !sameBytes(file, existing, bytes)) {
                    clearTheWay(file, existing);
                    WholeFiles.writeAtOnce(file, bytes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written.put(normalized(relativePath), (long) bytes.length);
    }

    /** Writes a file's bytes to a stream; see {@link #write(String, Content)}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes a file too large to hold in memory, such as the downloads with everything in them: streamed into
     * a temporary file beside it that replaces it, or, when the file is there, compared with it as it is
     * streamed and written only from where the bytes differ ({@link ChangedFileWriter}).
     */
    public void write(String relativePath, Content content) {
        Path file = root.resolve(relativePath);
        Path temporary = null;
        try {
            BasicFileAttributes existing = createFolder(file.getParent()) ? null : attributes(file);
            if (existing != null && existing.isRegularFile()) {
                try (ChangedFileWriter out = new ChangedFileWriter(file)) {
                    content.writeTo(out);
                    if (!out.finish()) {
                        readableAsItsFolder(file);
                    }
                }
            } else {
                clearTheWay(file, existing);
                temporary = temporaryBeside(file);
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 64 * 1024)) {
                    content.writeTo(out);
                }
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            written.put(normalized(relativePath), Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * Where a file written in one piece is streamed before it is renamed over the file: beside it, so the rename
     * is atomic, under a name of this process and thread. Opened as every other file of the site is, so readable
     * as the umask allows: {@link Files#createTempFile} makes a file only its owner may read, the rename keeps
     * that, and a web server running as another user could not serve the downloads with everything.
     */
    static Path temporaryBeside(Path file) {
        return file.resolveSibling(".writing-" + file.getFileName() + "-" + PROCESS + "-" + Thread.currentThread().getId() + ".tmp");
    }

    /**
     * Lets whoever may read the file's folder read the file, where an unchanged file left by an earlier build
     * was written readable by its owner alone (see {@link #temporaryBeside}); such a file is otherwise never
     * written again while its bytes stay the same.
     */
    static void readableAsItsFolder(Path file) throws IOException {
        if (!Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> folder = Files.getPosixFilePermissions(file.getParent(), LinkOption.NOFOLLOW_LINKS);
        Set<PosixFilePermission> own = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
        Set<PosixFilePermission> wanted = EnumSet.noneOf(PosixFilePermission.class);
        wanted.addAll(own);
        for (var read : List.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ)) {
            if (folder.contains(read)) {
                wanted.add(read);
            }
        }
        if (!wanted.equals(own)) {
            Files.setPosixFilePermissions(file, wanted);
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            // Whatever is left is removed with the rest of what this build did not write.
        }
    }

    /** Marks a file that something else (JBake's asset copier) wrote as part of this build. */
    public void markWritten(String relativePath) {
        BasicFileAttributes attributes = attributes(root.resolve(relativePath));
        written.put(normalized(relativePath), attributes != null && attributes.isRegularFile() ? attributes.size() : -1L);
    }

    /** Marks a file an earlier build left, of this size, as part of this build, as if it had been written again. */
    public void markKept(String relativePath, long size) {
        written.put(normalized(relativePath), size);
    }

    /**
     * The size of the regular file at this path, left by an earlier build or written by this one; -1 if there
     * is none. An earlier build's file is looked up in the listing made as this build started: asking the disk
     * about each page would be a look-up per page on every live-preview rebuild.
     */
    public long sizeOf(String relativePath) {
        String path = normalized(relativePath);
        Long size = written.get(path);
        return size != null ? size : Workers.await(earlier).sizes().getOrDefault(path, -1L);
    }

    public boolean wasWritten(String relativePath) {
        return written.containsKey(normalized(relativePath));
    }

    /** Deletes every file and folder this build did not write, left from an earlier or a failed build. */
    public void removeUnwritten() {
        Listing listing = Workers.await(earlier);
        // Only a folder that held a file removed now, or held no file at all, can be left without one: the
        // live preview's usual rebuild removes nothing and asks nothing of its folders.
        SortedSet<String> emptied = new TreeSet<>(Comparator.reverseOrder());
        try {
            for (String path : listing.files()) {
                if (written.containsKey(path)) {
                    continue;
                }
                Path file = root.resolve(path);
                if (!Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(file);
                }
                addFoldersOf(path, emptied);
            }
            emptied.addAll(listing.foldersWithoutFiles());
            if (emptied.isEmpty()) {
                return;
            }
            // Deepest first (a folder sorts after the folders in it, in reverse); a folder that still holds
            // something this build wrote stays, without asking the disk.
            Set<String> inUse = foldersOfWrittenFiles();
            for (String path : emptied) {
                if (inUse.contains(path)) {
                    continue;
                }
                Path folder = root.resolve(path);
                if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try {
                    Files.delete(folder);
                } catch (DirectoryNotEmptyException e) {
                    // Still needed.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every folder below the root that holds a file this build wrote, at any depth. */
    private Set<String> foldersOfWrittenFiles() {
        Set<String> folders = new HashSet<>();
        for (String file : written.keySet()) {
            addFoldersOf(file, folders);
        }
        return folders;
    }

    /** Adds the folders a path lies in, from the nearest: once a folder is there, so are the folders it lies in. */
    private static void addFoldersOf(String path, Set<String> folders) {
        for (int slash = path.lastIndexOf('/'); slash > 0 && folders.add(path.substring(0, slash));
             slash = path.lastIndexOf('/', slash - 1)) {
            // Each folder once.
        }
    }

    /**
     * What the folder holds once {@link #removeUnwritten()} has run: the files this build wrote or kept, each
     * in a folder that holds it.
     */
    public Listing contents() {
        return new Listing(List.copyOf(written.keySet()), Map.copyOf(written), List.of());
    }

    /**
     * What an earlier build left: its files by their paths below the root, the size of each regular file, and
     * the folders that hold no file at any depth (left empty by something else; each other folder is known
     * from the files it holds).
     */
    public record Listing(List<String> files, Map<String, Long> sizes, List<String> foldersWithoutFiles) {

        /**
         * Lists the working copy as it was before this build wrote anything. Reading every folder from disk is
         * slow, so it is done on a thread of its own while the content is loaded; the build may replace
         * an entry meanwhile, which the listing then simply does not see.
         */
        private static Listing of(Path root) {
            List<String> files = new ArrayList<>();
            List<String> bare = new ArrayList<>();
            Map<String, Long> sizes = new HashMap<>();
            // For each folder being walked, whether a file has been found in it yet.
            Deque<boolean[]> holding = new ArrayDeque<>();
            try {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                        holding.push(new boolean[1]);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        String path = normalized(root.relativize(file).toString());
                        files.add(path);
                        if (attributes.isRegularFile()) {
                            sizes.put(path, attributes.size());
                        }
                        if (!holding.isEmpty()) {
                            holding.peek()[0] = true;
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                        if (failure instanceof NoSuchFileException) {
                            return FileVisitResult.CONTINUE;
                        }
                        throw failure;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path folder, IOException failure) throws IOException {
                        if (failure != null && !(failure instanceof NoSuchFileException)) {
                            throw failure;
                        }
                        boolean holdsFile = holding.pop()[0];
                        if (holdsFile && !holding.isEmpty()) {
                            holding.peek()[0] = true;
                        }
                        if (!holdsFile && !folder.equals(root)) {
                            bare.add(normalized(root.relativize(folder).toString()));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Listing(files, sizes, bare);
        }
    }

    /** Whatever an earlier build left where a file goes: a folder, or a link that must not be written through. */
    private static void clearTheWay(Path file, BasicFileAttributes existing) throws IOException {
        if (existing != null && existing.isDirectory()) {
            Folders.deleteRecursively(file);
        } else if (existing != null && existing.isSymbolicLink()) {
            Files.delete(file);
        }
    }

    /**
     * Makes sure the folder exists, creating it and the folders it lies in one by one from the top (one call
     * each; asking for all of them at once costs a failed call and an exception per missing level), and says
     * whether this build created it.
     */
    private boolean createFolder(Path folder) throws IOException {
        Boolean known = folders.get(folder);
        if (known != null) {
            return known;
        }
        if (folder.equals(root) || !folder.startsWith(root)) {
            Files.createDirectories(folder);
            folders.put(folder, false);
            return false;
        }
        createFolder(folder.getParent());
        boolean created;
        try {
            Files.createDirectory(folder);
            created = true;
        } catch (FileAlreadyExistsException e) {
            if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                // From an earlier build, or made a moment ago by another thread of this one: not known to be empty.
                created = false;
            } else {
                // An earlier build had a file (or a link) where this build needs a folder.
                Files.delete(folder);
                Files.createDirectory(folder);
                created = true;
            }
        }
        folders.put(folder, created);
        return created;
    }

    /**
     * The file's own attributes (a link's, not its target's), or null when nothing is there, also when a
     * file stands where one of its folders should be; writing the file then says what is wrong, if anything.
     */
    public static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean sameBytes(Path file, BasicFileAttributes existing, byte[] bytes) throws IOException {
        return existing.isRegularFile() && existing.size() == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes);
    }

    private static String normalized(String relativePath) {
        return relativePath.replace('\\', '/');
    }
}
