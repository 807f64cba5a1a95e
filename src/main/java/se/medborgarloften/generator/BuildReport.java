package se.medborgarloften.generator;

import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.diagnostics.Text;

import java.time.Duration;
import java.util.ArrayList;
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

    /** The summary in English, as logs and the benchmark read it. */
    public String summary() {
        return summary("en");
    }

    /** How many pages and how long, with each stage's time, in the reader's language. */
    public String summary(String language) {
        List<Text> stages = new ArrayList<>();
        stageTimes.forEach((stage, time) -> stages.add(Text.of("build.stage", Text.of(stageKey(stage)), seconds(time))));
        StringBuilder s = new StringBuilder(Text.of("build.summary", pages, seconds(total()),
                String.join(", ", stages.stream().map(t -> t.in(language)).toList())).in(language));
        if (rendered < pages) {
            s.append(Text.of("build.summary.kept", rendered, pages - rendered).in(language));
        }
        return s.toString();
    }

    /** The message key of a stage's name: "render prose" is stage.render-prose. */
    public static String stageKey(String stage) {
        return "stage." + stage.replace(' ', '-');
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
