package se.medborgarloften;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Templates read the model through accessors generated per class (render/jbake/DirectObjectWrapper), not
 * through Freemarker's reflective bean access; every page of the real site must come out the same either way.
 */
class TemplateAccessTest {

    @TempDir
    Path temp;

    @Test
    void directAccessGivesTheSameSiteAsFreemarkersOwnBeanAccess() {
        Path reflective = temp.resolve("site");
        TestProjects.buildRealProjectInAnotherJvm(reflective, "-Dtemplates.reflective=true");
        assertEquals(TestProjects.fingerprint(reflective), TestProjects.fingerprint(TestProjects.realSite()));
    }
}
