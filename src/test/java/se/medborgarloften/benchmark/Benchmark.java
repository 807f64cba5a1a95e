package se.medborgarloften.benchmark;

import se.medborgarloften.TestProjects;
import se.medborgarloften.cli.ForkedJvm;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Generates synthetic content of the given size and builds it in a fresh JVM, printing wall time, pages
 * per second, peak memory and the time of each pipeline stage. Run: see the README's performance section.
 *
 * <p>Arguments: AREAS PERIODS [AREAS PERIODS …]; each pair is one run. The real content and each size are
 * built four times (see {@link #runBuilds}) and rebuilt as the live preview does after an edit. With
 * -Dbenchmark.before=CLASSES, each size is instead built side by side with another version of the program
 * ({@link SideBySide}).
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of("").toAbsolutePath();
        List<int[]> sizes = new ArrayList<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            sizes.add(new int[] {Integer.parseInt(args[i]), Integer.parseInt(args[i + 1])});
        }
        if (sizes.isEmpty()) {
            sizes.add(new int[] {250, 10});
        }
        System.out.printf("Benchmark on %d cores, Java %s, site JVM options: %s; live preview's: %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("benchmark.jvm", ""), System.getProperty("benchmark.previewJvm", ""));
        String before = System.getProperty("benchmark.before", "");
        if (!before.isBlank()) {
            SideBySide.run(project, Path.of(before).toAbsolutePath(), Path.of(required("benchmark.classes")), sizes,
                    Integer.getInteger("benchmark.rounds", 10));
            return;
        }

        Path real = project.resolve("target/benchmark/real");
        List<Path> earlierRuns = new ArrayList<>();
        if (Files.isDirectory(real.getParent())) {
            // Left by a run that was stopped before it could delete them.
            try (var left = Files.list(real.getParent())) {
                left.filter(p -> p.getFileName().toString().startsWith("earlier-")).forEach(earlierRuns::add);
            }
        }
        ForkedJvm jvm = siteJvm();
        Path training = project.resolve("target/benchmark/class-data");
        earlierRuns.add(moveAside(training));
        TestProjects.copyOfRealProject(training);
        if (jvm.launch(buildCommand(training)).writesArchive()) {
            // As on any machine that built the site before: the class-data archive exists, written by a build not measured.
            System.out.printf("%nWriting the class-data archive (a build of the real content, not measured)%n");
            run(jvm, training, "build that writes the archive");
        }
        earlierRuns.add(moveAside(real));
        TestProjects.copyOfRealProject(real);
        System.out.printf("%nThe real content/%n");
        runBuilds(jvm, real);
        previewRebuilds(real, real.resolve("content/areas/rosengard/2024-2025/promise.json"), 3);

        List<String> coldTimes = new ArrayList<>();
        double firstCold = 0;
        for (int[] size : sizes) {
            Path root = project.resolve("target/benchmark/" + size[0] + "x" + size[1]);
            earlierRuns.add(moveAside(root));
            long generate = System.nanoTime();
            NationalContent.Stats stats = NationalContent.write(project, root, size[0], size[1]);
            System.out.printf("%n%d areas x %d periods on average, national-shaped (%s), generated in %.1f s%n", size[0],
                    size[1], stats, (System.nanoTime() - generate) / 1e9);
            double cold = runBuilds(jvm, root);
            firstCold = firstCold == 0 ? cold : firstCold;
            coldTimes.add("%d x %d: %.1f s (%.2f x the first size's)".formatted(size[0], size[1], cold, cold / firstCold));
            Path site = root.resolve("site");
            double published = 0;
            if (SearchTransfer.pagefindInstalled(project)) {
                // The budgets are the site's as `mvn package` publishes it: indexed by Pagefind, without the build's own index.
                site = root.resolve("published");
                published = run(jvm, root, "build as published (from nothing, Pagefind's index before publishing)",
                        "--out", site.toString(), "--from-nothing", "--pagefind",
                        project.resolve("src/main/search/node_modules/.bin/pagefind").toString());
            }
            Budgets.report(project, root, site, cold, published);
            previewRebuilds(root, firstPromise(root), 4);
        }
        System.out.printf("%nBuilds from nothing: %s%n", String.join("; ", coldTimes));
        earlierRuns.forEach(TestProjects::deleteTree);
    }

    /**
     * Moves what an earlier run left out of the way, to be deleted when this run has been measured. On this
     * machine's disk (ext4 without a journal) a file created within half a minute of deleting many others
     * costs three times as much: the file system passes over recently freed inodes. Deleting an earlier
     * run's 100,000 files just before a build measured that, not the build; a build on a fresh clone deletes
     * nothing.
     */
    static Path moveAside(Path root) throws IOException {
        Path aside = root.resolveSibling("earlier-" + root.getFileName() + "-" + System.nanoTime());
        if (Files.exists(root)) {
            Files.move(root, aside);
        }
        return aside;
    }

    /**
     * A build with nothing to start from, a build whose prose is cached, a build whose working copy holds an
     * earlier build of the same content (the usual case on a build machine that keeps target/), and the same
     * after one promise was edited.
     */
    private static double runBuilds(ForkedJvm jvm, Path root) throws IOException, InterruptedException {
        double cold = run(jvm, root, "first build (empty prose cache, no earlier site)");
        run(jvm, root, "second build (prose cached)");
        run(jvm, root, "third build (working copy holds an earlier build)");
        Path json = firstPromise(root);
        Files.writeString(json, Files.readString(json).replaceFirst("\"sv\": \"", "\"sv\": \"Ändrad: "));
        run(jvm, root, "fourth build (one promise.json edited, working copy holds an earlier build)");
        return cold;
    }

    /** The first promise.json of the first area, to edit. */
    private static Path firstPromise(Path root) throws IOException {
        try (var files = Files.walk(root.resolve("content/areas"))) {
            return files.filter(f -> f.getFileName().toString().equals("promise.json")).sorted().findFirst().orElseThrow();
        }
    }

    /**
     * The live preview's rebuilds after edits, in a JVM of their own with the preview's options (pom.xml's
     * preview.jvm), as `mvn -Pserve package` starts it.
     */
    private static void previewRebuilds(Path root, Path json, int edits) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ForkedJvm.splitOptions(required("benchmark.previewJvm")));
        command.addAll(List.of("-cp", String.join(File.pathSeparator, required("benchmark.testClasses"),
                required("benchmark.classes"), required("benchmark.libraries")), PreviewRebuilds.class.getName(),
                root.toString(), json.toString(), String.valueOf(edits)));
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("The live preview's rebuilds failed (exit " + exit + ")");
        }
    }

    /** The site's JVM as `mvn package` starts it (pom.xml's site.jvm, class-data sharing), given by pom.xml. */
    private static ForkedJvm siteJvm() {
        return new ForkedJvm(ForkedJvm.splitOptions(System.getProperty("benchmark.jvm", "")),
                ForkedJvm.splitPath(required("benchmark.libraries")), Path.of(required("benchmark.classes")),
                Path.of(required("benchmark.work")));
    }

    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(property + " is not set: run the benchmark as the README says");
        }
        return value;
    }

    /** A build of the project into its site/, unless the options given name another --out. */
    private static List<String> buildCommand(Path root, String... options) {
        List<String> command = new ArrayList<>(List.of(options));
        if (!command.contains("--out")) {
            command.addAll(List.of("--out", root.resolve("site").toString()));
        }
        // In English, whose lines run() reads.
        command.addAll(0, List.of("build", "--project", root.toString(), "--stats", "--quiet-warnings", "--lang", "en"));
        return command;
    }

    /** One build in a fresh JVM, with these options besides the usual ones; its wall time in seconds. */
    private static double run(ForkedJvm jvm, Path root, String label, String... options) throws IOException, InterruptedException {
        long start = System.nanoTime();
        ForkedJvm.Launch launch = jvm.launch(buildCommand(root, options));
        List<String> command = launch.command();
        Process build = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(build.getInputStream().readAllBytes());
        build.waitFor(30, TimeUnit.MINUTES);
        launch.finish(build.exitValue());
        double seconds = (System.nanoTime() - start) / 1e9;
        int pages = 0;
        for (String line : output.split("\n")) {
            if (line.startsWith("Built ")) {
                pages = Integer.parseInt(line.split(" ")[1]);
            }
        }
        System.out.printf("  %s: wall %.1f s, %d pages, %.0f pages/s, exit %d%n", label, seconds, pages, pages / seconds,
                build.exitValue());
        output.lines().filter(l -> l.startsWith("Built ") || l.startsWith("Peak memory") || l.startsWith("CPU time")).forEach(l -> System.out.println("    " + l));
        if (build.exitValue() != 0) {
            System.out.println(output.lines().limit(30).reduce("", (a, b) -> a + "\n" + b));
        }
        return seconds;
    }

}
