package se.medborgarloften.feature.build;

import se.medborgarloften.TestProjects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The same input gives byte-identical output, also from another JVM (hash orders differ between JVMs). */
class DeterminismTest {

    @TempDir
    Path temp;

    @Test
    void aBuildInAnotherJvmIsByteIdentical() {
        Path again = temp.resolve("site");
        TestProjects.buildRealProjectInAnotherJvm(again);
        assertEquals(TestProjects.fingerprint(TestProjects.realSite()), TestProjects.fingerprint(again));
    }
}
