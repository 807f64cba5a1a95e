package se.medborgarloften.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** SHA-256, by which the build's caches and records tell whether what they were made from has changed. */
public final class Sha256 {

    private Sha256() {
    }

    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** The digest of the text's UTF-8 bytes, in hexadecimal. */
    public static String hex(String text) {
        return HexFormat.of().formatHex(newDigest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The digest of every file below the folder (or of the file itself), each with its path from there, in
     * hexadecimal: the same files give the same digest wherever the folder is.
     */
    public static String ofTree(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.isDirectory(root) ? Files.walk(root) : Stream.of(root)) {
            files = all.filter(Files::isRegularFile).sorted().toList();
        }
        MessageDigest sha = newDigest();
        for (Path file : files) {
            sha.update(root.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Files.readAllBytes(file));
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
