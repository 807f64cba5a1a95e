package se.medborgarloften.generator;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The line a build ends with is in the reader's language, every stage named. */
class BuildReportTest {

    @Test
    void theSummaryNamesEveryStageInBothLanguages() {
        Map<String, Duration> times = new LinkedHashMap<>();
        SiteBuild.STAGES.forEach(stage -> times.put(stage, Duration.ofMillis(1250)));
        BuildReport report = new BuildReport(76, 70, Duration.ofMillis(2904), times, List.of());
        assertEquals("Built 76 pages in 2.90 s (load 1.25 s, validate 1.25 s, plan 1.25 s, page inputs 1.25 s, render prose 1.25 s, "
                + "render first 1.25 s, render pages 1.25 s, open data 1.25 s, search index 1.25 s, publish 1.25 s); "
                + "70 pages rendered, 6 unchanged", report.summary("en"));
        assertEquals(report.summary("en"), report.summary(), "logs and the benchmark read the English");
        assertEquals("Byggde 76 sidor på 2,90 s (inläsning 1,25 s, kontroll 1,25 s, planering 1,25 s, sidornas underlag 1,25 s, "
                + "löptext 1,25 s, öppna sidor först 1,25 s, sidor 1,25 s, öppna data 1,25 s, sökindex 1,25 s, publicering 1,25 s); "
                + "70 sidor byggdes, 6 var oförändrade", report.summary("sv"));
    }
}
