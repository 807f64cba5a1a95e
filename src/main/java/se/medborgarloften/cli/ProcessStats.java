package se.medborgarloften.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process's peak resident memory, for the benchmark (Linux: VmHWM in /proc/self/status). */
final class ProcessStats {

    private ProcessStats() {
    }

    static String peakMemoryLine() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return String.format("Peak memory (RSS): %d MiB", kb / 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux: the figure is simply not available.
        }
        return "Peak memory (RSS): not available on this system";
    }
}
