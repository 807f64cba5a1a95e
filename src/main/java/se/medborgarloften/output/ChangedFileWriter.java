package se.medborgarloften.output;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * Writes a file that may already hold the bytes about to be written, such as a download with everything in it:
 * tens of megabytes on a national site, which an edit mostly leaves as they were. The bytes are compared with
 * the file's as they come, and nothing is written while they match. At the first difference a temporary file
 * beside it gets the bytes that matched, then the rest; {@link #finish()} moves it into place. Writing the whole
 * file to a temporary one and comparing the two afterwards wrote it and read it twice in every live-preview
 * rebuild.
 */
final class ChangedFileWriter extends OutputStream {

    private static final int BUFFER = 64 * 1024;

    private final Path file;
    private final InputStream earlier;
    private final byte[] compared = new byte[BUFFER];
    /** How many bytes from the start are the same as the file's, while no difference has been found. */
    private long matched;
    private Path temporary;
    private OutputStream changed;
    private boolean finished;

    ChangedFileWriter(Path file) throws IOException {
        this.file = file;
        this.earlier = new BufferedInputStream(Files.newInputStream(file), BUFFER);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (changed == null) {
            int same = sameAsEarlier(bytes, offset, length);
            matched += same;
            if (same == length) {
                return;
            }
            startChangedFile();
            changed.write(bytes, offset + same, length - same);
            return;
        }
        changed.write(bytes, offset, length);
    }

    /** How many of these bytes the file holds next; the file is read past them, which matters only when they differ. */
    private int sameAsEarlier(byte[] bytes, int offset, int length) throws IOException {
        int same = 0;
        while (same < length) {
            int wanted = Math.min(compared.length, length - same);
            int read = earlier.readNBytes(compared, 0, wanted);
            int differs = Arrays.mismatch(compared, 0, read, bytes, offset + same, offset + same + read);
            if (differs >= 0) {
                return same + differs;
            }
            same += read;
            if (read < wanted) {
                return same;
            }
        }
        return same;
    }

    private void startChangedFile() throws IOException {
        temporary = StagingSite.temporaryBeside(file);
        changed = new BufferedOutputStream(Files.newOutputStream(temporary), BUFFER);
        try (InputStream start = Files.newInputStream(file)) {
            long left = matched;
            byte[] buffer = new byte[BUFFER];
            while (left > 0) {
                int read = start.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    throw new IOException(file + " changed while it was being written");
                }
                changed.write(buffer, 0, read);
                left -= read;
            }
        }
    }

    /**
     * Puts the new bytes in place, unless the file already held exactly them.
     *
     * @return whether the file changed
     */
    boolean finish() throws IOException {
        if (changed == null) {
            if (earlier.read() < 0) {
                earlier.close();
                finished = true;
                return false;
            }
            // The new bytes are where the file's start: it is shorter now.
            startChangedFile();
        }
        earlier.close();
        changed.close();
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        finished = true;
        return true;
    }

    /** Leaves the file as it was when {@link #finish()} was not reached. */
    @Override
    public void close() throws IOException {
        earlier.close();
        if (changed != null) {
            changed.close();
        }
        if (!finished && temporary != null) {
            Files.deleteIfExists(temporary);
        }
    }
}
