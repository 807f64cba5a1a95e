package se.medborgarloften.render;

import se.medborgarloften.build.Sha256;
import se.medborgarloften.model.Prose;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Converted AsciiDoc kept between builds, keyed by a hash of the source text, its path and this
 * converter's version: unchanged prose is never converted twice, and most builds need no Asciidoctor at
 * all. A file that includes another is never cached, since its result depends on more than its own text.
 */
final class ProseCache {

    /** Change when the conversion or the checks change, so that old results are not reused. */
    private static final String VERSION = "prose-cache-2/asciidoctorj-2.5.13";

    private static final long PROCESS = ProcessHandle.current().pid();

    private final Path folder;
    /** The entries' folders this process has made, so that each is made once (the cache may be removed: see put). */
    private final Set<Path> madeFolders = ConcurrentHashMap.newKeySet();

    ProseCache(Path folder) {
        this.folder = folder;
    }

    String get(Prose.ProseFile file) {
        Path entry = entry(file);
        if (entry == null || !Files.isRegularFile(entry)) {
            return null;
        }
        try {
            return Files.readString(entry, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    boolean contains(Prose.ProseFile file) {
        Path entry = entry(file);
        return entry != null && Files.isRegularFile(entry);
    }

    /**
     * Written under a name of this process and thread and renamed, so that no reader sees half an entry.
     * Creating each of 5,000 entries' folder and a temporary file with a random name was almost half of keeping them.
     */
    void put(Prose.ProseFile file, String html) {
        Path entry = entry(file);
        if (entry == null) {
            return;
        }
        Path folder = entry.getParent();
        Path temporary = entry.resolveSibling(entry.getFileName() + "." + PROCESS + "-" + Thread.currentThread().getId() + ".tmp");
        try {
            if (!madeFolders.contains(folder)) {
                Files.createDirectories(folder);
                madeFolders.add(folder);
            }
            Files.writeString(temporary, html, StandardCharsets.UTF_8);
            Files.move(temporary, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // A cache that cannot be written only makes the next build slower; its folder may have been removed.
            madeFolders.remove(folder);
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // Nothing more to do for a cache.
            }
        }
    }

    /** Whether a file's result depends on its own text alone: one that includes another is never kept. */
    static boolean isCacheable(Prose.ProseFile file) {
        return !file.asciidoc().contains("include::");
    }

    private Path entry(Prose.ProseFile file) {
        if (!isCacheable(file)) {
            return null;
        }
        MessageDigest digest = Sha256.newDigest();
        digest.update((VERSION + "\n" + file.path() + "\n").getBytes(StandardCharsets.UTF_8));
        String key = HexFormat.of().formatHex(digest.digest(file.asciidoc().getBytes(StandardCharsets.UTF_8)));
        return folder.resolve(key.substring(0, 2)).resolve(key + ".html");
    }
}
