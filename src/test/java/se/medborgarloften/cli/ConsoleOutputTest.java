package se.medborgarloften.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.medborgarloften.TestProjects;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the command prints is for the person who edits the content: each problem once, in their language, and
 * none of the libraries' own logging. Run in a JVM of its own, on the tests' class path, which holds Log4j 1
 * too, and without the test JVM's settings, as when the program is started from a development tool.
 */
class ConsoleOutputTest {

    @TempDir
    Path project;

    private record Output(int exit, String out, String err) {
    }

    @Test
    void aBuildPrintsEachProblemOnceAndNoLibraryLogging() throws IOException, InterruptedException {
        TestProjects.copyOfRealProject(project);
        Output built = cli("build", "--quiet-warnings");
        assertEquals(0, built.exit(), built.err());
        assertEquals("", built.err().strip(), "nothing on the error stream of a build that succeeded");
        assertTrue(built.out().lines().anyMatch(l -> l.startsWith("Byggde ") && l.contains("sidor på")), "in Swedish: " + built.out());

        Path news = project.resolve("content/news/2018-05-09-fyra-nya-medborgarloften/news.sv.adoc");
        TestProjects.write(news, TestProjects.read(news) + "\n****\nEn ruta vid sidan av\n");
        Output failed = cli("build", "--quiet-warnings");
        assertEquals(1, failed.exit(), failed.err());
        String problem = "fel: Blocket som börjar med raden **** avslutas aldrig";
        assertEquals(1, failed.err().split(Pattern.quote(problem), -1).length - 1,
                "the problem once, in Swedish: " + failed.err());
        assertFalse(failed.err().contains("WARNING"), "Asciidoctor's own logging: " + failed.err());
        assertFalse(failed.err().contains("unterminated"), failed.err());
    }

    private Output cli(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), "-Dfile.encoding=UTF-8",
                "-Djruby.cli.rubygems.enable=false", "-Djruby.native.enabled=false", Main.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--project", project.toString(), "--out", project.resolve("out").toString()));
        Process process = new ProcessBuilder(command).start();
        // Read both streams while the program runs, so that neither fills up and stops it.
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread errors = new Thread(() -> {
            try {
                process.getErrorStream().transferTo(err);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        errors.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the command did not finish");
        errors.join();
        return new Output(process.exitValue(), out, err.toString(StandardCharsets.UTF_8));
    }
}
