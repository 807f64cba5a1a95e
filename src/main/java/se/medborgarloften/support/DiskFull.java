package se.medborgarloften.support;

import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.diagnostics.Text;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A build that ran out of disk space, told in the editor's words rather than as a stack trace. The system says
 * so only in the text of an IOException ("No space left on device" on Linux and macOS, "not enough space on
 * the disk" on Windows; a quota "Disk quota exceeded"), wrapped in whatever the stage that wrote was doing.
 */
public final class DiskFull {

    private static final List<String> SAYINGS = List.of("no space left on device", "not enough space on the disk",
            "disk quota exceeded", "there is not enough space");

    private DiskFull() {
    }

    /** Whether this was thrown because the disk was full, or is one of many problems of which one is. */
    public static boolean in(Throwable thrown) {
        return problem(thrown, Path.of("").toAbsolutePath(), Path.of("").toAbsolutePath()) != null;
    }

    /** The problem to report if the disk was full when this was thrown, else null. */
    public static ContentException problem(Throwable thrown, Path project, Path output) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof IOException && saysDiskFull(t.getMessage())) {
                Path file = t instanceof FileSystemException f && f.getFile() != null ? Path.of(f.getFile()) : output;
                return new ContentException(Diagnostic.error(shown(project, file), 0, 0, "",
                        Text.of("build.diskFull", shown(project, output)), Text.of("build.diskFull.hint")));
            }
            for (Throwable suppressed : t.getSuppressed()) {
                ContentException found = problem(suppressed, project, output);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean saysDiskFull(String message) {
        String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
        return SAYINGS.stream().anyMatch(text::contains);
    }

    private static String shown(Path project, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(project) ? project.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
