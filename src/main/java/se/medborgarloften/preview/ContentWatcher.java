package se.medborgarloften.preview;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Watches folders and their subfolders, and calls back once per burst of changes (editors save in steps). */
final class ContentWatcher implements AutoCloseable {

    // Editors write, rename and touch a file within milliseconds; a longer wait only delays the preview.
    private static final long QUIET_MILLIS = 50;

    private final WatchService watcher;
    private final List<Path> roots;
    /**
     * Each watched folder's identity on disk when it was registered. A folder renamed or moved keeps its
     * registration, and the system goes on reporting its changes under the old path.
     */
    private final Map<WatchKey, Object> identities = new ConcurrentHashMap<>();

    ContentWatcher(List<Path> roots) throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        this.roots = roots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
        for (Path root : this.roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
        }
    }

    /**
     * Blocks, calling {@code onChange} after each burst of relevant changes with the files that changed, until
     * closed. When the system lost track of the changes in a folder, the folder itself is among them.
     */
    void watch(Consumer<Set<Path>> onChange) {
        // Kept until a relevant change calls back: a temporary file alone does not, but the list of files
        // kept from these reports must still learn of it (see load/ContentFiles).
        Set<Path> changed = new HashSet<>();
        try {
            while (true) {
                boolean relevant = drain(watcher.take(), changed);
                WatchKey more;
                while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(more, changed);
                }
                if (relevant) {
                    onChange.accept(Set.copyOf(changed));
                    changed.clear();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // Closed: the preview is stopping.
        }
    }

    /** Adds the paths that changed to the set; whether any change is one to rebuild for. */
    private boolean drain(WatchKey key, Set<Path> changed) {
        boolean relevant = false;
        Path dir = (Path) key.watchable();
        if (!Objects.equals(identities.get(key), identity(dir))) {
            // Moved, replaced or deleted: its changes may be reported under a path they are not at.
            roots.stream().filter(dir::startsWith).forEach(changed::add);
            relevant = true;
        }
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(dir);
                relevant = true;
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            String name = path.getFileName().toString();
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    // The folder went away again; nothing to watch.
                }
            }
            // Hidden and backup files are not content (the loader skips them too); an editor's temporary file
            // is reported, since the loader would report it as a stray file, but is no reason to rebuild.
            if (name.startsWith(".") || name.endsWith("~")) {
                continue;
            }
            changed.add(path);
            relevant |= !(name.endsWith(".swp") || name.endsWith(".tmp"));
        }
        key.reset();
        return relevant;
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                WatchKey key = dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                Object identity = identity(dir);
                if (identity != null) {
                    identities.put(key, identity);
                }
            }
        }
    }

    /** The folder's identity on disk (device and inode), or null when it is gone. */
    private static Object identity(Path dir) {
        try {
            return Files.readAttributes(dir, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
