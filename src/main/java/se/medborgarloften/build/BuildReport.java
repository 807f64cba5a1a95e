package se.medborgarloften.build;

import se.medborgarloften.diagnostics.Diagnostic;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a successful build did: how many pages, how many of them were rendered (the others were unchanged
 * pages of areas whose inputs had not changed), how long it and each stage took, and its warnings. Some
 * stages run at the same time, so the stages' times add up to more than the build's.
 */
public record BuildReport(int pages, int rendered, Duration total, Map<String, Duration> stageTimes,
                          List<Diagnostic> warnings) {

    public BuildReport {
        stageTimes = Collections.unmodifiableMap(new LinkedHashMap<>(stageTimes));
        warnings = List.copyOf(warnings);
    }

    public String summary() {
        StringBuilder s = new StringBuilder(String.format("Built %d pages in %.2f s (", pages, seconds(total())));
        String separator = "";
        for (var entry : stageTimes.entrySet()) {
            s.append(separator).append(entry.getKey()).append(String.format(" %.2f s", seconds(entry.getValue())));
            separator = ", ";
        }
        s.append(')');
        if (rendered < pages) {
            s.append(String.format("; %d pages rendered, %d unchanged", rendered, pages - rendered));
        }
        return s.toString();
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
