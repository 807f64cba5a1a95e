package se.medborgarloften.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.medborgarloften.TestProjects;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The site's JVM as `mvn package` starts it: the first build writes a class-data archive, later ones map it. */
class ClassDataSharingTest {

    @TempDir
    Path temp;

    @Test
    void theFirstBuildWritesTheArchiveAndTheNextBuildsWithItTheSameSite() throws Exception {
        assumeTrue(ClassDataArchive.supported(), "this JDK has no archive of its own classes to build on");
        Path work = temp.resolve("cds");
        // -Xshare:on: a JVM that cannot map its archive does not start, so the second build proves it was used.
        List<String> preview = List.of("-Xmx1g", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-Xshare:on");
        ForkedJvm jvm = new ForkedJvm(List.of("-Xmx768m", "-XX:TieredStopAtLevel=1", "-Xshare:on"), preview, libraries(),
                Path.of("target/classes"), work);

        Path first = temp.resolve("first");
        ForkedJvm.Launch writing = jvm.launch(build(first));
        assertTrue(writing.writesArchive());
        run(writing);
        assertTrue(Files.isRegularFile(writing.archive().archive()), "no archive after the first build");
        assertEquals(List.of(), filesNamed(work, ".part"), "a part-file was left");

        Path second = temp.resolve("second");
        ForkedJvm.Launch using = jvm.launch(build(second));
        assertFalse(using.writesArchive());
        assertTrue(using.command().contains("-XX:SharedArchiveFile=" + writing.archive().archive()), using.command().toString());
        run(using);
        assertEquals(TestProjects.fingerprint(TestProjects.realSite()), TestProjects.fingerprint(second));

        // The live preview has options of its own, another collector among them, and maps the builds' archive:
        // its JVM, given a command that ends, starts with -Xshare:on.
        ForkedJvm.Launch serve = jvm.launch(List.of("serve", "--project", TestProjects.realProject().toString()));
        assertTrue(serve.command().containsAll(preview), serve.command().toString());
        assertFalse(serve.command().contains("-Xmx768m"), serve.command().toString());
        assertTrue(serve.command().contains("-XX:SharedArchiveFile=" + writing.archive().archive()), serve.command().toString());
        List<String> validate = new ArrayList<>(serve.command().subList(0, serve.command().indexOf("serve")));
        validate.addAll(List.of("validate", "--project", TestProjects.realProject().toString()));
        run(new ForkedJvm.Launch(validate, serve.archive(), null));
    }

    @Test
    void theLivePreviewNeverWritesAnArchive() {
        assumeTrue(ClassDataArchive.supported(), "this JDK has no archive of its own classes to build on");
        ForkedJvm jvm = new ForkedJvm(List.of(), libraries(), Path.of("target/classes"), temp.resolve("cds"));
        ForkedJvm.Launch serve = jvm.launch(List.of("serve", "--project", TestProjects.realProject().toString()));
        assertFalse(serve.writesArchive());
        assertTrue(serve.command().stream().noneMatch(o -> o.startsWith("-XX:SharedArchiveFile") || o.startsWith("-XX:ArchiveClassesAtExit")));
    }

    @Test
    void changedLibrariesOptionsOrClassesGetANewArchiveAndTheOldOneGoes() throws IOException {
        Path work = temp.resolve("cds");
        Path classes = Files.createDirectories(temp.resolve("classes/se"));
        Files.writeString(classes.resolve("A.class"), "one");
        Path library = Files.writeString(temp.resolve("library.jar"), "jar");
        List<String> options = List.of("-Xmx768m");

        ClassDataArchive before = ClassDataArchive.prepare(work, classes.getParent(), List.of(library), options);
        assertEquals(before.archive(), ClassDataArchive.prepare(work, classes.getParent(), List.of(library), options).archive());
        assertNotEquals(before.archive(), ClassDataArchive.prepare(work, classes.getParent(), List.of(library), List.of("-Xmx1g")).archive());
        Files.setLastModifiedTime(library, FileTime.fromMillis(Files.getLastModifiedTime(library).toMillis() - 60_000));
        assertNotEquals(before.archive(), ClassDataArchive.prepare(work, classes.getParent(), List.of(library), options).archive());

        Path oldArchive = Files.writeString(before.archive(), "archive");
        Files.writeString(classes.resolve("A.class"), "two");
        ClassDataArchive after = ClassDataArchive.prepare(work, classes.getParent(), List.of(library), options);
        assertNotEquals(before.archive(), after.archive());
        assertEquals(2, filesNamed(work, ".jar").size(), "a jar for each version of the classes");
        Path part = Files.writeString(after.newPart(), "written by the JVM");
        after.keep(part);
        assertTrue(Files.isRegularFile(after.archive()));
        assertFalse(Files.exists(oldArchive));
        assertEquals(1, filesNamed(work, ".jar").size(), "the older program jar is deleted with its archive");
    }

    /** The jars on the test class path: the program's libraries and more, which the JVM checks alike. */
    private static List<Path> libraries() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> e.endsWith(".jar")).map(Path::of).toList();
    }

    private static List<String> build(Path out) {
        return List.of("build", "--project", TestProjects.realProject().toString(), "--out", out.toString(), "--quiet-warnings");
    }

    private static void run(ForkedJvm.Launch launch) throws IOException, InterruptedException {
        Path log = Files.createTempFile("forked-build-", ".log");
        try {
            Process process = new ProcessBuilder(launch.command()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the build did not finish");
            launch.finish(process.exitValue());
            assertEquals(0, process.exitValue(), Files.readString(log));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static List<Path> filesNamed(Path folder, String ending) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.filter(f -> f.getFileName().toString().endsWith(ending)).toList());
        }
    }
}
