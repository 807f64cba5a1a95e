package se.medborgarloften.faults;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.medborgarloften.TestProjects;
import se.medborgarloften.generator.BuildOptions;
import se.medborgarloften.generator.SiteBuild;
import se.medborgarloften.preview.LivePreview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live preview under load: while an editor saves a file ten times a second for a minute, two loops that
 * request every file of the site, over and over, never get an error or an incomplete page, and every answer is
 * that file as a complete build of one of the saved versions has it (the preview's reload script and problem
 * banner aside); the preview's memory stays bounded. Then a save that breaks the content and one that mends it
 * are each shown within a second. The real content, saved in turn with one of three taglines (on nearly every
 * page), so that every save changes the site.
 */
class PreviewUnderLoadTest {

    /** How long the editor saves; -Dfaults.previewSeconds=… to try longer or shorter. */
    private static final int SECONDS = Integer.getInteger("faults.previewSeconds", 60);
    private static final int VERSIONS = 3;
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
    private static final Pattern PREVIEW_PARTS = Pattern.compile(
            "<div class=\"preview-problems\" role=\"alert\">.*?</pre></div>|<script src=\"/__preview/reload\\.js\"></script>",
            Pattern.DOTALL);

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void savingTenTimesASecondNeverServesAnErrorOrAnIncompletePage() throws Exception {
        Path project = TestProjects.copyOfRealProject(temp.resolve("project"));
        Path siteJson = project.resolve("content/site.json");
        String original = Files.readString(siteJson);
        // Every file of each version's complete site, built from nothing.
        List<Map<String, byte[]>> complete = new ArrayList<>();
        for (int v = 0; v < VERSIONS; v++) {
            Files.writeString(siteJson, version(original, v));
            Path fresh = temp.resolve("complete-" + v);
            new SiteBuild(project, fresh, options()).run();
            complete.add(files(fresh));
        }
        List<String> paths = complete.get(0).keySet().stream().filter(f -> complete.stream().allMatch(c -> c.containsKey(f)))
                .sorted().toList();
        Files.writeString(siteJson, version(original, 0));

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (LivePreview preview = new LivePreview(project, project.resolve("target/site"), 0, options(), "sv",
                new PrintStream(log, true, StandardCharsets.UTF_8))) {
            preview.start();
            String base = "http://127.0.0.1:" + preview.port() + "/";
            long heapBefore = usedHeapAfterCollecting();
            int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();

            AtomicBoolean saving = new AtomicBoolean(true);
            AtomicLong saves = new AtomicLong();
            Thread editor = new Thread(() -> {
                long next = System.nanoTime();
                long end = next + SECONDS * 1_000_000_000L;
                for (int i = 1; System.nanoTime() < end; i++) {
                    try {
                        Files.writeString(siteJson, version(original, i % VERSIONS));
                        saves.incrementAndGet();
                        next += 100_000_000L;
                        long wait = next - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                saving.set(false);
            }, "editor");
            Map<String, Integer> failures = new ConcurrentHashMap<>();
            List<String> examples = Collections.synchronizedList(new ArrayList<>());
            AtomicLong served = new AtomicLong();
            AtomicLong maxHeap = new AtomicLong();
            List<Thread> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                int offset = r * paths.size() / 2;
                readers.add(new Thread(() -> {
                    for (int i = offset; saving.get(); i++) {
                        String file = paths.get(i % paths.size());
                        String problem = check(base, file, complete);
                        served.incrementAndGet();
                        if (problem != null) {
                            failures.merge(problem.substring(0, problem.indexOf(':')), 1, Integer::sum);
                            if (examples.size() < 5) {
                                examples.add(problem);
                            }
                        }
                        if (i % 200 == 0) {
                            Runtime runtime = Runtime.getRuntime();
                            maxHeap.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                        }
                    }
                }, "reader-" + r));
            }
            editor.start();
            readers.forEach(Thread::start);
            editor.join();
            for (Thread reader : readers) {
                reader.join();
            }
            long rebuilds = log.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("Byggde ")).count();
            long heapAfter = usedHeapAfterCollecting();
            int threadsAfter = ManagementFactory.getThreadMXBean().getThreadCount();
            assertEquals(Map.of(), failures, "requests that failed, of " + served.get() + ": " + examples);
            assertTrue(rebuilds >= SECONDS, "the preview rebuilt " + rebuilds + " times");
            assertTrue(served.get() > 10L * paths.size(), "every file was asked for many times: " + served.get());
            assertTrue(heapAfter - heapBefore < 96L << 20, "the preview's memory grew from " + mb(heapBefore) + " to " + mb(heapAfter));
            assertTrue(threadsAfter < threadsBefore + 50, "threads: " + threadsBefore + " then " + threadsAfter);

            // A save that breaks the content, then one that mends it: each shown within a second.
            List<Long> breaking = new ArrayList<>();
            List<Long> mending = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                long start = System.nanoTime();
                Files.writeString(siteJson, original.replace("\"defaultLanguage\": \"sv\",", "\"defaultLanguage\": \"sv\""));
                awaitPage(base + "sv/", body -> body.contains("class=\"preview-problems\"") && body.contains("content/site.json:"));
                breaking.add((System.nanoTime() - start) / 1_000_000);
                int v = round % VERSIONS;
                start = System.nanoTime();
                Files.writeString(siteJson, version(original, v));
                byte[] mended = complete.get(v).get("sv/index.html");
                awaitPage(base + "sv/", body -> !body.contains("preview-problems")
                        && Arrays.equals(withoutPreview(body.getBytes(StandardCharsets.UTF_8)), mended));
                mending.add((System.nanoTime() - start) / 1_000_000);
            }
            System.out.println("PreviewUnderLoadTest: " + saves.get() + " saves in " + SECONDS + " s, " + rebuilds
                    + " rebuilds, " + served.get() + " requests for the " + paths.size() + " files of the site, none failed;"
                    + " heap after collecting " + mb(heapBefore) + " before and " + mb(heapAfter) + " after (at most "
                    + mb(maxHeap.get()) + " uncollected), threads " + threadsBefore + " → " + threadsAfter
                    + "; broken content shown after " + breaking + " ms, mended after " + mending + " ms");
            assertTrue(breaking.stream().allMatch(ms -> ms < 1000), "broken content shown after " + breaking + " ms");
            assertTrue(mending.stream().allMatch(ms -> ms < 1000), "mended content shown after " + mending + " ms");
        }
    }

    /** Asks for one file; null if the answer is that file of a complete build of one of the versions, else what is wrong. */
    private String check(String base, String file, List<Map<String, byte[]>> complete) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + file))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                return "status " + response.statusCode() + ": " + file;
            }
            byte[] body = file.endsWith(".html") ? withoutPreview(response.body()) : response.body();
            for (Map<String, byte[]> site : complete) {
                if (Arrays.equals(site.get(file), body)) {
                    return null;
                }
            }
            return "not a page of any complete build: " + file + " (" + body.length + " bytes)";
        } catch (IOException e) {
            return "failed request: " + file + " " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted: " + file;
        }
    }

    private void awaitPage(String url, java.util.function.Predicate<String> shown) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            String body = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
            if (shown.test(body)) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("not shown within 30 s: " + url);
    }

    private static byte[] withoutPreview(byte[] page) {
        return PREVIEW_PARTS.matcher(new String(page, StandardCharsets.UTF_8)).replaceAll("").getBytes(StandardCharsets.UTF_8);
    }

    private static String version(String siteJson, int version) {
        return siteJson.replace(" – och hur det följs upp.", " – och hur det följs upp (version " + version + ").")
                .replace(" – and how it is followed up.", " – and how it is followed up (version " + version + ").");
    }

    private static BuildOptions options() {
        return BuildOptions.defaults().withAsOf(AS_OF);
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> all = Files.walk(root, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static long usedHeapAfterCollecting() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static String mb(long bytes) {
        return (bytes >> 20) + " MB";
    }
}
