package se.medborgarloften.feature.build;

import se.medborgarloften.TestProjects;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

/**
 * The real site rendered the slower, plainer way must come out byte for byte the same: templates reading the
 * model through Freemarker's reflective bean access rather than accessors generated per class
 * (render/jbake/DirectObjectWrapper).
 */
class TemplateAccessTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"-Dtemplates.reflective=true"})
    void theRealSiteIsTheSameRenderedThePlainWay(String option) {
        Path plain = temp.resolve("site");
        TestProjects.buildRealProjectInAnotherJvm(plain, option);
        TestProjects.assertSameFiles(plain, TestProjects.realSite());
    }
}
