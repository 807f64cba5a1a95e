package se.medborgarloften.incremental;

import se.medborgarloften.support.Sha256;
import se.medborgarloften.support.WholeFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Texts converted from other texts (AsciiDoc into HTML), kept in the store's prose/ between builds under a hash of
 * everything the conversion read: the source text and what the converter says it depends on besides (its version,
 * the file's path, the labels of its language). Unchanged prose is never converted twice, and most builds need no
 * Asciidoctor at all.
 */
public final class ConvertedTexts {

    private final Path folder;
    /** The entries' folders this process has made, so that each is made once (the cache may be removed: see put). */
    private final Set<Path> madeFolders = ConcurrentHashMap.newKeySet();

    public ConvertedTexts(Path folder) {
        this.folder = folder;
    }

    /** The cached HTML at this entry (see {@link #entry}), or null. */
    public String read(Path entry) {
        if (!Files.isRegularFile(entry)) {
            return null;
        }
        try {
            return Files.readString(entry, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    public boolean contains(Path entry) {
        return entry != null && Files.isRegularFile(entry);
    }

    /**
     * Written whole ({@link WholeFiles}), each folder made once rather than asked for each entry.
     */
    public void write(Path entry, String html) {
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
     * Where the conversion of this text is kept.
     *
     * @param dependsOn everything else the conversion's result depends on, e.g. the converter's version, the file's
     *                  path and the labels of its language
     */
    public Path entry(String dependsOn, String text) {
        MessageDigest digest = Sha256.newDigest();
        digest.update((dependsOn + "\n").getBytes(StandardCharsets.UTF_8));
        String key = HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        return folder.resolve(key.substring(0, 2)).resolve(key + ".html");
    }
}
