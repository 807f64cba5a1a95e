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

/**
 * Converted AsciiDoc kept between builds, keyed by a hash of the source text, its path and this
 * converter's version: unchanged prose is never converted twice, and most builds need no Asciidoctor at
 * all. A file that includes another is never cached, since its result depends on more than its own text.
 */
final class ProseCache {

    /** Change when the conversion or the checks change, so that old results are not reused. */
    private static final String VERSION = "prose-cache-1/asciidoctorj-2.5.13";

    private final Path folder;

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

    void put(Prose.ProseFile file, String html) {
        Path entry = entry(file);
        if (entry == null) {
            return;
        }
        try {
            Files.createDirectories(entry.getParent());
            Path temporary = Files.createTempFile(entry.getParent(), "entry", ".tmp");
            Files.writeString(temporary, html, StandardCharsets.UTF_8);
            Files.move(temporary, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // A cache that cannot be written only makes the next build slower.
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
