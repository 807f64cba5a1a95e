package se.medborgarloften;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same input gives byte-identical output, also from another JVM (hash orders differ between JVMs). */
class DeterminismTest {

    @TempDir
    Path temp;

    @Test
    void aBuildInAnotherJvmIsByteIdentical() throws Exception {
        Path again = temp.resolve("site");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process build = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "se.medborgarloften.cli.Main", "build",
                "--project", TestProjects.realProject().toString(), "--out", again.toString())
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("build.log").toFile())
                .start();
        assertTrue(build.waitFor(5, TimeUnit.MINUTES), "the build did not finish");
        assertEquals(0, build.exitValue(), TestProjects.read(temp.resolve("build.log")));
        assertEquals(TestProjects.fingerprint(TestProjects.realSite()), TestProjects.fingerprint(again));
    }
}
