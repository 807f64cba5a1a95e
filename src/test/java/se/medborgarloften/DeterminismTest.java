package se.medborgarloften;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.medborgarloften.build.SiteBuild;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The same input gives byte-identical output. */
class DeterminismTest {

    @TempDir
    Path temp;

    @Test
    void twoBuildsOfTheSameContentAreByteIdentical() {
        Path again = temp.resolve("site");
        new SiteBuild(TestProjects.realProject(), again).run();
        assertEquals(TestProjects.fingerprint(TestProjects.realSite()), TestProjects.fingerprint(again));
    }
}
