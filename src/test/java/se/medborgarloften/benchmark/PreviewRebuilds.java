package se.medborgarloften.benchmark;

import se.medborgarloften.generator.BuildMemory;
import se.medborgarloften.generator.BuildOptions;
import se.medborgarloften.generator.BuildReport;
import se.medborgarloften.generator.FirstPages;
import se.medborgarloften.generator.SiteBuild;
import se.medborgarloften.render.SiteRenderer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The live preview's rebuild after each edit of a promise.json and then of its Swedish prose, in a JVM that
 * keeps Asciidoctor and JBake running, as the preview does; {@link Benchmark} starts it in a JVM with the
 * preview's options. Prints each rebuild and then the median and range: the first rebuilds of a new JVM
 * run code its compiler has not got to yet, and a preview is saved into many times. Arguments: PROJECT
 * PROMISE_JSON EDITS.
 */
public final class PreviewRebuilds {

    private PreviewRebuilds() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        Path json = Path.of(args[1]);
        int edits = Integer.parseInt(args[2]);
        Path out = root.resolve("preview");
        Path prose = json.resolveSibling("promise.sv.adoc");
        // As the preview keeps them: Asciidoctor and JBake running, the files read and checked, and the list of
        // content files kept from what its watcher reports (here, the edited file).
        BuildMemory memory = new BuildMemory();
        memory.contentFiles().watched();
        try (SiteRenderer renderer = SiteRenderer.forLivePreview(root)) {
            new SiteBuild(root, out, BuildOptions.defaults(), memory).run(renderer);
            // As the preview does before the first edit (LivePreview.prepareWorkingCopy).
            renderer.startProseConverter();
            new SiteBuild(root, out, BuildOptions.defaults(), memory).run(renderer);
            List<long[]> times = new ArrayList<>();
            for (int edit = 1; edit <= edits; edit++) {
                Files.writeString(json, Files.readString(json).replaceFirst("\"sv\": \"", "\"sv\": \"Ändrad " + edit + ": "));
                times.add(rebuild(root, out, renderer, memory, json));
                Files.writeString(prose, Files.readString(prose) + "\nÄndring " + edit + ".\n");
                times.add(rebuild(root, out, renderer, memory, prose));
            }
            System.out.printf("  live preview, %d rebuilds: open page shown after %s, whole site after %s (median, range)%n",
                    times.size(), summary(times, 0), summary(times, 1));
        }
    }

    private static String summary(List<long[]> times, int which) {
        List<Long> sorted = times.stream().map(t -> t[which]).sorted().toList();
        long median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        return String.format("%d ms (%d–%d)", median, sorted.get(0), sorted.get(sorted.size() - 1));
    }

    /**
     * One rebuild as the live preview makes it, with the edited promise's Swedish page open in a browser: how
     * long until that page is rendered (the preview then shows it) and until the whole site is published.
     */
    private static long[] rebuild(Path root, Path out, SiteRenderer renderer, BuildMemory memory, Path edited) {
        memory.contentFiles().changed(List.of(edited));
        Path period = edited.getParent();
        String openPage = "sv/omraden/" + period.getParent().getFileName() + "/" + period.getFileName() + "/index.html";
        long[] ready = new long[1];
        long start = System.nanoTime();
        BuildReport report = new SiteBuild(root, out, BuildOptions.defaults(), memory).run(renderer,
                new FirstPages(Set.of(openPage), pages -> ready[0] = System.nanoTime()));
        long end = System.nanoTime();
        if (ready[0] == 0) {
            throw new IllegalStateException("the open page " + openPage + " was not rendered first");
        }
        System.out.printf("  live preview, rebuild after editing %s: open page shown after %.0f ms, whole site after %.0f ms%n    %s%n",
                edited.getFileName(), (ready[0] - start) / 1e6, (end - start) / 1e6, report.summary());
        return new long[] {(ready[0] - start) / 1_000_000, (end - start) / 1_000_000};
    }
}
