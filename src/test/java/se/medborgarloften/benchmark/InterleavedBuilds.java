package se.medborgarloften.benchmark;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Two versions of the program in one JVM, each in a class loader of its own, building the same content in
 * turn (see {@link SideBySide}). Started with only this class on the class path, so that neither program's
 * classes are found anywhere but in its own loader; it refers to neither program's classes itself.
 *
 * <p>Arguments: BEFORE_CLASSES AFTER_CLASSES LIBRARIES BEFORE_PROJECT AFTER_PROJECT ROUNDS.
 */
public final class InterleavedBuilds {

    private static final Pattern SUMMARY = Pattern.compile("Built (\\d+) pages in ([0-9.]+) s \\((.*?)\\)");
    private static final Pattern STAGE = Pattern.compile("([a-z ]+) ([0-9.]+) s");
    /** What a build keeps to render less next time; removed before each build, so that every page is rendered. */
    private static final List<String> KEPT = List.of("incremental/records", "incremental/parts",
            // Where versions before the incremental package kept theirs.
            "page-inputs", "data-inputs", "area-parts");

    private InterleavedBuilds() {
    }

    /** One version of the program: its renderer lives as long as the run, as in the live preview. */
    private record Program(String name, Path project, Object renderer, Constructor<?> newBuild, Method run,
                           ClassLoader loader) {

        static Program load(String name, Path classes, List<Path> libraries, Path project) throws Exception {
            List<URL> urls = new ArrayList<>();
            urls.add(classes.toUri().toURL());
            for (Path library : libraries) {
                urls.add(library.toUri().toURL());
            }
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Thread.currentThread().setContextClassLoader(loader);
            Class<?> rendererType = loader.loadClass("se.medborgarloften.render.SiteRenderer");
            Object renderer = rendererType.getConstructor(Path.class).newInstance(project);
            Class<?> buildType = orchestrator(loader);
            return new Program(name, project, renderer, buildType.getConstructor(Path.class, Path.class),
                    buildType.getMethod("run", rendererType), loader);
        }

        /** The class that runs a build: in package generator, or build in versions before it was renamed. */
        private static Class<?> orchestrator(ClassLoader loader) throws ClassNotFoundException {
            try {
                return loader.loadClass("se.medborgarloften.generator.SiteBuild");
            } catch (ClassNotFoundException e) {
                return loader.loadClass("se.medborgarloften.build.SiteBuild");
            }
        }

        String build() throws Exception {
            for (String kept : KEPT) {
                deleteTree(project.resolve("target").resolve(kept));
            }
            Thread.currentThread().setContextClassLoader(loader);
            Object report = run.invoke(newBuild.newInstance(project, project.resolve("site")), renderer);
            return (String) report.getClass().getMethod("summary").invoke(report);
        }
    }

    public static void main(String[] args) throws Exception {
        List<Path> libraries = Stream.of(args[2].split(java.io.File.pathSeparator))
                .filter(s -> !s.isBlank()).map(Path::of).toList();
        List<Program> programs = List.of(
                Program.load("before", Path.of(args[0]), libraries, Path.of(args[3])),
                Program.load("after", Path.of(args[1]), libraries, Path.of(args[4])));
        int rounds = Integer.parseInt(args[5]);
        List<Map<String, List<Double>>> times = List.of(new LinkedHashMap<>(), new LinkedHashMap<>());
        for (int round = 0; round <= rounds; round++) {
            StringBuilder line = new StringBuilder(round == 0 ? "  warm-up (not counted):" : "  round " + round + ":");
            // Each takes the first turn every other round: the second build of a round runs while the disk still
            // writes out the first one's pages, and took a tenth longer whichever program it was.
            for (int turn = 0; turn < 2; turn++) {
                int which = (round + turn) % 2;
                // Each starts from a heap without the other's garbage.
                System.gc();
                String summary = programs.get(which).build();
                Map<String, Double> stages = stages(summary);
                line.append(String.format(" %s %.2f s (render pages %.2f s)", programs.get(which).name(),
                        stages.get("total"), stages.getOrDefault("render pages", 0.0)));
                if (round > 0) {
                    stages.forEach((stage, seconds) ->
                            times.get(which).computeIfAbsent(stage, s -> new ArrayList<>()).add(seconds));
                }
            }
            System.out.println(line);
        }
        // The change is the mean of each round's difference: with the turns alternating, what going second costs
        // falls as often on either side and cancels out, where the medians of two such mixtures need not.
        System.out.printf("%n  %d rounds            median before   median after   mean change   after faster in%n", rounds);
        for (String stage : times.get(0).keySet()) {
            List<Double> before = times.get(0).get(stage);
            List<Double> after = times.get(1).get(stage);
            double difference = 0;
            int faster = 0;
            for (int i = 0; i < before.size(); i++) {
                difference += after.get(i) - before.get(i);
                faster += after.get(i) < before.get(i) ? 1 : 0;
            }
            double meanBefore = before.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            System.out.printf("  %-18s %11.2f s %12.2f s %+11.1f %% %9d of %d%n", stage, median(before), median(after),
                    100 * difference / before.size() / meanBefore, faster, before.size());
        }
        System.exit(0);
    }

    private static Map<String, Double> stages(String summary) {
        Matcher built = SUMMARY.matcher(summary);
        if (!built.find()) {
            throw new IllegalStateException("Not a build's summary: " + summary);
        }
        Map<String, Double> stages = new LinkedHashMap<>();
        stages.put("total", Double.parseDouble(built.group(2)));
        Matcher stage = STAGE.matcher(built.group(3));
        while (stage.find()) {
            stages.put(stage.group(1).trim(), Double.parseDouble(stage.group(2)));
        }
        return stages;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
