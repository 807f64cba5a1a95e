package se.medborgarloften;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Templates read the model through accessors generated per class (render/jbake/DirectObjectWrapper), not
 * through Freemarker's reflective bean access; every page of the real site must come out the same either way.
 */
class TemplateAccessTest {

    @TempDir
    Path temp;

    @Test
    void directAccessGivesTheSameSiteAsFreemarkersOwnBeanAccess() throws Exception {
        Path reflective = temp.resolve("site");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process build = new ProcessBuilder(java.toString(), "-Dtemplates.reflective=true",
                "-cp", System.getProperty("java.class.path"), "se.medborgarloften.cli.Main", "build",
                "--project", TestProjects.realProject().toString(), "--out", reflective.toString())
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("build.log").toFile())
                .start();
        assertTrue(build.waitFor(5, TimeUnit.MINUTES), "the build did not finish");
        assertEquals(0, build.exitValue(), TestProjects.read(temp.resolve("build.log")));
        assertEquals(TestProjects.fingerprint(reflective), TestProjects.fingerprint(TestProjects.realSite()));
    }
}
