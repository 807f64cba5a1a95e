package se.medborgarloften.render;

import se.medborgarloften.support.Sha256;
import se.medborgarloften.support.WholeFiles;
import se.medborgarloften.model.Prose;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Converted AsciiDoc kept between builds, keyed by a hash of the source text, its path, the labels of its
 * language ({@link ProseLabels}) and this converter's version: unchanged prose is never converted twice, and
 * most builds need no Asciidoctor at all. A file that includes another is never cached, since its result
 * depends on more than its own text.
 */
final class ProseCache {

    /** Change when the conversion or the checks change, so that old results are not reused. */
    private static final String VERSION = "prose-cache-4/asciidoctorj-2.5.13";

    private final Path folder;
    /** The entries' folders this process has made, so that each is made once (the cache may be removed: see put). */
    private final Set<Path> madeFolders = ConcurrentHashMap.newKeySet();

    ProseCache(Path folder) {
        this.folder = folder;
    }

    /** The cached HTML at this entry (see {@link #entry}), or null. */
    String read(Path entry) {
        if (!Files.isRegularFile(entry)) {
            return null;
        }
        try {
            return Files.readString(entry, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    boolean contains(Prose.ProseFile file, ProseLabels labels) {
        Path entry = entry(file, labels);
        return entry != null && Files.isRegularFile(entry);
    }

    /**
     * Written whole ({@link WholeFiles}), each folder made once: making each of 5,000 entries' folder and a
     * temporary file with a random name was almost half of keeping them.
     */
    void write(Path entry, String html) {
        Path folder = entry.getParent();
        try {
            if (!madeFolders.contains(folder)) {
                Files.createDirectories(folder);
                madeFolders.add(folder);
            }
            WholeFiles.write(entry, html.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // A cache that cannot be written only makes the next build slower; its folder may have been removed.
            madeFolders.remove(folder);
        }
    }

    /**
     * Where a file's HTML is cached, worked out once per file and conversion (its text is searched and hashed);
     * null for a file whose result does not depend on its own text alone: one that includes another.
     */
    Path entry(Prose.ProseFile file, ProseLabels labels) {
        if (file.asciidoc().contains("include::")) {
            return null;
        }
        MessageDigest digest = Sha256.newDigest();
        digest.update((VERSION + "\n" + file.path() + "\n" + labels.key() + "\n").getBytes(StandardCharsets.UTF_8));
        String key = HexFormat.of().formatHex(digest.digest(file.asciidoc().getBytes(StandardCharsets.UTF_8)));
        return folder.resolve(key.substring(0, 2)).resolve(key + ".html");
    }
}
