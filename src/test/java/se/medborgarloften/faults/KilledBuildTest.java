package se.medborgarloften.faults;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.medborgarloften.TestProjects;
import se.medborgarloften.generator.BuildOptions;
import se.medborgarloften.generator.SiteBuild;
import se.medborgarloften.cli.ForkedJvm;
import se.medborgarloften.render.SiteRenderer;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build killed with SIGKILL (a power cut, a CI timeout, Ctrl+C twice) at moments spread over every stage:
 * the published site is, byte for byte, the one before or the complete new one, never missing and never a
 * mixture; and the next build, with no cleaning in between, builds exactly the site a build from nothing makes,
 * so no cache under target/ (converted prose, page and download records, the areas' parts, the class-data
 * archive) was read half-written.
 *
 * <p>The build runs as `mvn package` runs it: in a JVM of its own started by {@link ForkedJvm}, with the site's
 * JVM options and class-data archive, with {@code --progress}, which prints each stage as it begins. Each run
 * aims at one stage and kills the build a fraction of that stage's duration (as the earlier runs printed it)
 * after the stage began; the stage it was in is the last one it printed. The content takes turns between three
 * versions that change every page (the site's tagline), and one drops an area, so every build renders every
 * page and publishing removes files. The converted prose is deleted before the runs aimed at converting it.
 */
class KilledBuildTest {

    /** Enough to land kills in every stage on a 2-core machine, and few enough to keep the test to a few minutes. */
    private static final int AREAS = 4;
    private static final int PERIODS = 3;
    private static final int KILLS = 56;
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
    /** The moments aimed at: before the first stage (the JVM starting), then each stage of the build in order. */
    private static final List<String> AIMS = List.of("starting", "load", "validate", "plan", "page inputs", "render prose",
            "render pages", "publish");
    /** Stages that run beside the pages and are not where the build's main line is. */
    private static final List<String> BESIDE = List.of("open data", "search index");

    @TempDir
    Path temp;

    @Test
    void aBuildKilledAtAnyMomentLeavesTheSiteBeforeOrTheNewOneAndTheNextBuildSucceeds() throws Exception {
        Path project = temp.resolve("project");
        se.medborgarloften.benchmark.SyntheticContent.write(TestProjects.realProject(), project, AREAS, PERIODS);
        Versions versions = new Versions(project, temp.resolve("set-aside"));
        Path site = project.resolve("target/site");
        ForkedJvm jvm = new ForkedJvm(siteJvmOptions(), libraries(), Path.of("target/classes").toAbsolutePath(),
                project.resolve("target/cds"));

        // The builds in this JVM (each version's complete site, and the build after each kill) keep one renderer, as
        // the live preview does: it reads the caches under target/ as any build does, and starts in no time.
        try (SiteRenderer renderer = new SiteRenderer(project)) {
            killAndBuildAgain(project, versions, site, jvm, renderer);
        }
    }

    private void killAndBuildAgain(Path project, Versions versions, Path site, ForkedJvm jvm, SiteRenderer renderer) throws Exception {
        // Each version's complete site, built into an empty folder.
        List<Map<String, String>> complete = new ArrayList<>();
        for (int v = 0; v < Versions.COUNT; v++) {
            versions.apply(v);
            Path fresh = temp.resolve("complete-" + v);
            new SiteBuild(project, fresh, options()).run(renderer);
            complete.add(TestProjects.fingerprint(fresh));
            TestProjects.deleteTree(fresh);
        }
        // Two builds that are not killed: the first writes the class-data archive and converts the prose again;
        // both time the stages.
        Map<String, Double> durations = new ConcurrentHashMap<>();
        int current = 0;
        for (int v : new int[]{1, 2}) {
            versions.apply(v);
            boolean cold = v == 1;
            if (cold) {
                TestProjects.deleteTree(project.resolve("target/incremental/prose"));
            }
            ForkedJvm.Launch launch = jvm.launch(Run.command(project, site));
            Run run = Run.start(launch, null, 0, cold, durations);
            assertEquals(0, run.exit, run.output());
            assertEquals(complete.get(v), TestProjects.fingerprint(site), "an uninterrupted build");
            current = v;
        }

        // The same JVM, options, archive and command line for every run: worked out once, as the archive is kept.
        ForkedJvm.Launch launch = jvm.launch(Run.command(project, site));
        Map<String, Integer> killedIn = new TreeMap<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        int killed = 0;
        for (int i = 0; i < KILLS; i++) {
            String aim = AIMS.get(i % AIMS.size());
            // Spread evenly over the stage: the golden ratio's multiples fill [0, 1) without repeating.
            double fraction = (i * 0.6180339887) % 1.0;
            int next = (current + 1) % Versions.COUNT;
            versions.apply(next);
            boolean cold = aim.equals("render prose");
            if (cold) {
                TestProjects.deleteTree(project.resolve("target/incremental/prose"));
            }
            Run run = Run.start(launch, aim, fraction, cold, durations);
            Map<String, String> after = TestProjects.fingerprint(site);
            String label = run.exit == 0 ? "finished" : run.stage;
            boolean before = after.equals(complete.get(current));
            boolean now = after.equals(complete.get(next));
            assertTrue(before || now, "killed in " + label + " (run " + i + ", aimed at " + aim + " + "
                    + Math.round(fraction * 100) + " %): the published site is neither the one before nor the new one; "
                    + (after.isEmpty() ? "it is missing" : differences(complete.get(current), complete.get(next), after)));
            assertTrue(Files.isSymbolicLink(site), "the published site is a link to a complete build");
            if (run.exit != 0) {
                killed++;
                killedIn.merge(label, 1, Integer::sum);
                outcomes.merge(before ? "the site before" : "the new site", 1, Integer::sum);
            }
            // The next build, with nothing cleaned: the complete new site, as a build from nothing makes it.
            new SiteBuild(project, site, options()).run(renderer);
            assertEquals(complete.get(next), TestProjects.fingerprint(site), "the build after a kill in " + label + " (run " + i + ")");
            current = next;
        }
        System.out.println("KilledBuildTest: " + killed + " builds killed, by stage " + killedIn + "; the published site was "
                + outcomes + "; " + (KILLS - killed) + " finished before the kill; stage durations (ms) " + durations);
        assertTrue(killed >= 50, "at least 50 kills, got " + killed + " " + killedIn);
        for (String stage : AIMS) {
            assertTrue(killedIn.getOrDefault(stage, 0) > 0, "no kill landed in " + stage + ": " + killedIn);
        }
        assertTrue(outcomes.getOrDefault("the site before", 0) > 0 && outcomes.getOrDefault("the new site", 0) > 0,
                "kills left both the site before and the new one: " + outcomes);
    }

    private static BuildOptions options() {
        return BuildOptions.defaults().withAsOf(AS_OF);
    }

    /** One build in a JVM of its own, killed a fraction of a stage's duration into that stage, unless it ends first. */
    private static final class Run {
        final StringBuilder output = new StringBuilder();
        /** The last stage of the build's main line it printed: where it was when it ended. */
        volatile String stage = "starting";
        int exit;

        String output() {
            synchronized (output) {
                return output.toString();
            }
        }

        /** @param cold whether the converted prose was deleted: converting it takes far longer than reading it */
        /** The build's command line; in English, where each stage is printed as "Stage: " and its name in the code. */
        static List<String> command(Path project, Path site) {
            return List.of("build", "--project", project.toString(), "--out", site.toString(), "--as-of", AS_OF.toString(),
                    "--progress", "--quiet-warnings", "--lang", "en");
        }

        static Run start(ForkedJvm.Launch launch, String aim, double fraction, boolean cold, Map<String, Double> durations)
                throws IOException, InterruptedException {
            Run run = new Run();
            long started = System.nanoTime();
            Process process = new ProcessBuilder(launch.command()).redirectErrorStream(true).start();
            Map<String, Long> began = new LinkedHashMap<>();
            Object seen = new Object();
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = lines.readLine()) != null; ) {
                        long at = System.nanoTime();
                        synchronized (run.output) {
                            run.output.append(line).append('\n');
                        }
                        if (line.startsWith("Stage: ")) {
                            String stage = line.substring("Stage: ".length());
                            synchronized (seen) {
                                began.put(stage, at);
                                if (!BESIDE.contains(stage)) {
                                    run.stage = stage;
                                }
                                seen.notifyAll();
                            }
                        }
                    }
                } catch (IOException e) {
                    // The process was killed.
                }
            }, "killed-build-output");
            reader.start();
            if (aim != null) {
                long aimedAt;
                synchronized (seen) {
                    while (!aim.equals("starting") && !began.containsKey(aim) && process.isAlive()) {
                        seen.wait(5);
                    }
                    aimedAt = aim.equals("starting") ? started : began.getOrDefault(aim, started);
                }
                // Publishing is over in milliseconds (the time the build prints for it runs on to the JVM's exit):
                // aimed at its first 60 ms, the kills fall on either side of the moment the link is replaced.
                // Elsewhere within the first 85 % of the stage as earlier runs timed it, since this run may be faster.
                double duration = aim.equals("publish") ? 60.0 : 0.85 * durations.getOrDefault(key(aim, cold), 50.0);
                long killAt = aimedAt + Math.round(fraction * duration * 1_000_000);
                long wait = killAt - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                process.destroyForcibly();
            }
            assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the build did not end");
            reader.join();
            run.exit = process.exitValue();
            launch.finish(run.exit);
            learnDurations(began, started, process, cold, durations);
            return run;
        }

        /** Each stage's duration, from the moment it began to the moment the next one on the main line did. */
        private static void learnDurations(Map<String, Long> began, long started, Process process, boolean cold,
                                           Map<String, Double> durations) {
            List<Map.Entry<String, Long>> main = began.entrySet().stream().filter(e -> !BESIDE.contains(e.getKey())).toList();
            if (!main.isEmpty()) {
                durations.put("starting", (main.get(0).getValue() - started) / 1e6);
            }
            for (int i = 0; i + 1 < main.size(); i++) {
                durations.put(key(main.get(i).getKey(), cold), (main.get(i + 1).getValue() - main.get(i).getValue()) / 1e6);
            }
            if (process.exitValue() == 0 && !main.isEmpty() && main.get(main.size() - 1).getKey().equals("publish")) {
                // Publishing ends with the JVM, near enough: the summary is printed and the process exits.
                durations.put("publish", Math.max(1.0, (System.nanoTime() - main.get(main.size() - 1).getValue()) / 1e6));
            }
        }
    }

    /** Converting prose is timed apart when it was not in the cache. */
    private static String key(String stage, boolean cold) {
        return cold && stage.equals("render prose") ? "render prose, not cached" : stage;
    }

    /**
     * Three versions of the content that differ on every page (the site's tagline, shown on each) and in the
     * pages they have (the second lacks the third area, so publishing it removes that area's files).
     */
    private static final class Versions {
        static final int COUNT = 3;
        private final Path project;
        private final Path setAside;
        private final String siteJson;

        Versions(Path project, Path setAside) throws IOException {
            this.project = project;
            this.setAside = setAside;
            this.siteJson = Files.readString(project.resolve("content/site.json"));
        }

        void apply(int version) throws IOException {
            Files.writeString(project.resolve("content/site.json"), siteJson.replace(" – och hur det följs upp.",
                    " – och hur det följs upp (version " + version + ").").replace(" – and how it is followed up.",
                    " – and how it is followed up (version " + version + ")."));
            Path area = project.resolve("content/areas/omrade-0003");
            if (version == 1 && Files.exists(area)) {
                Files.createDirectories(setAside);
                Files.move(area, setAside.resolve("omrade-0003"));
            } else if (version != 1 && !Files.exists(area)) {
                Files.move(setAside.resolve("omrade-0003"), area);
            }
        }
    }

    /** What the mixture consists of, shortly: how many files are as before, as new, or neither. */
    private static String differences(Map<String, String> before, Map<String, String> now, Map<String, String> found) {
        int asBefore = 0;
        int asNew = 0;
        List<String> neither = new ArrayList<>();
        for (Map.Entry<String, String> file : found.entrySet()) {
            boolean b = file.getValue().equals(before.get(file.getKey()));
            boolean n = file.getValue().equals(now.get(file.getKey()));
            if (b && !n) {
                asBefore++;
            } else if (n && !b) {
                asNew++;
            } else if (!b) {
                neither.add(file.getKey());
            }
        }
        return "a mixture: " + asBefore + " files as before, " + asNew + " as new, " + found.size() + " in all of "
                + before.size() + " / " + now.size() + ", neither: " + neither.stream().limit(5).toList();
    }

    /** The site's JVM options as `mvn package` passes them (pom.xml's site.jvm). */
    private static List<String> siteJvmOptions() {
        String options = System.getProperty("site.jvm", "-Xmx768m -XX:+UseParallelGC -XX:TieredStopAtLevel=1");
        return ForkedJvm.splitOptions(options);
    }

    private static List<Path> libraries() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> e.endsWith(".jar")).map(Path::of).toList();
    }
}
