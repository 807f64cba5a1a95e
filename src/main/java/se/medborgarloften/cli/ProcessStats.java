package se.medborgarloften.cli;

import se.medborgarloften.diagnostics.Text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process's peak resident memory and CPU time, for the benchmark (Linux: /proc/self/status and /proc/self/stat). */
final class ProcessStats {

    private ProcessStats() {
    }

    static Text peakMemoryLine() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return Text.of("stats.peakMemory", kb / 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux: the figure is simply not available.
        }
        return Text.of("stats.peakMemory.unknown");
    }

    /**
     * CPU time in user and system (kernel) mode. On a disk where creating files is slow, the system share of a
     * build that writes tens of thousands of files is large, and that is the disk, not the program.
     */
    static Text cpuTimeLine() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // The fields after the command name, which is in parentheses and may contain spaces.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            // utime and stime, fields 14 and 15 of the whole line, in ticks of 1/100 s (USER_HZ).
            double user = Long.parseLong(fields[11]) / 100.0;
            double system = Long.parseLong(fields[12]) / 100.0;
            return Text.of("stats.cpuTime", user, system);
        } catch (IOException | RuntimeException e) {
            return Text.of("stats.cpuTime.unknown");
        }
    }
}
