package se.medborgarloften.cli;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import se.medborgarloften.TestProjects;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The GitHub workflows parse, and the commands they run are the README's and exist in the pom and the CLI. */
class WorkflowsTest {

    private static final Path WORKFLOWS = Path.of(".github/workflows");
    private static final Pattern EXEC_ARGS = Pattern.compile("-Dexec\\.args=\"([^\"]+)\"");

    @Test
    void theBuildWorkflowRunsTheReadmesTestCommandAndAnnotatesContent() {
        List<String> runs = runs("build-and-test.yml");
        String testCommand = readmeCommand("run the tests");
        assertTrue(runs.stream().anyMatch(r -> r.contains(testCommand)), "runs " + testCommand + ": " + runs);
        assertTrue(runs.stream().anyMatch(r -> r.contains("--format github")));
        assertTrue(steps("build-and-test.yml").stream().anyMatch(s -> String.valueOf(s.get("uses")).startsWith("actions/upload-artifact@")));
    }

    @Test
    void theCliCommandsTheWorkflowsRunExistAndSucceedOnTheRealContent() {
        for (String file : List.of("build-and-test.yml", "deploy.yml")) {
            for (String run : runs(file)) {
                Matcher m = EXEC_ARGS.matcher(run);
                while (m.find()) {
                    String[] args = (m.group(1) + " --project " + TestProjects.realProject()).split(" ");
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
                    assertEquals(0, code, file + ": " + m.group(1) + "\n" + out);
                }
            }
        }
    }

    @Test
    void theDeployWorkflowPublishesToGitHubPagesAtItsAddress() {
        Map<String, Object> workflow = load("deploy.yml");
        @SuppressWarnings("unchecked")
        Map<String, Object> permissions = (Map<String, Object>) workflow.get("permissions");
        assertEquals("write", permissions.get("pages"));
        assertEquals("write", permissions.get("id-token"));
        List<String> uses = steps("deploy.yml").stream().map(s -> String.valueOf(s.get("uses"))).toList();
        for (String action : List.of("actions/configure-pages@", "actions/upload-pages-artifact@", "actions/deploy-pages@")) {
            assertTrue(uses.stream().anyMatch(u -> u.startsWith(action)), action);
        }
        assertTrue(runs("deploy.yml").stream().anyMatch(r -> r.contains("-Dsite.baseUrl=")));
        assertTrue(TestProjects.read(TestProjects.realProject().resolve("pom.xml")).contains("<site.baseUrl>"));
    }

    @Test
    void theDeployWorkflowPublishesEveryDayAsOfThatDay() {
        // The pages say whether a period is running, or its follow-up is published here, as of the day they are built.
        Map<String, Object> workflow = load("deploy.yml");
        // YAML 1.1, which SnakeYAML reads, takes the key "on" for true.
        @SuppressWarnings("unchecked")
        Map<String, Object> on = (Map<String, Object>) (workflow.containsKey("on") ? workflow.get("on") : workflow.get(Boolean.TRUE));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> schedule = (List<Map<String, Object>>) on.get("schedule");
        assertTrue(schedule != null && schedule.stream().anyMatch(s -> String.valueOf(s.get("cron")).matches("\\d+ \\d+ \\* \\* \\*")),
                "a daily schedule: " + on);
        assertTrue(runs("deploy.yml").stream().anyMatch(r -> r.contains("-Dsite.asOf=\"$(date -u +%F)\"")), runs("deploy.yml").toString());
        String pom = TestProjects.read(TestProjects.realProject().resolve("pom.xml"));
        assertTrue(pom.contains("<site.asOf></site.asOf>") && pom.contains("\"--as-of=${site.asOf}\""));
    }

    @Test
    void theReadmesFirstScreenHasExactlyTwoCommandsThatThePomSupports() {
        String readme = TestProjects.read(TestProjects.realProject().resolve("README.md"));
        String firstBlock = readme.substring(readme.indexOf("```sh") + 5, readme.indexOf("```", readme.indexOf("```sh") + 5));
        List<String> commands = firstBlock.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(2, commands.size(), commands.toString());
        String pom = TestProjects.read(TestProjects.realProject().resolve("pom.xml"));
        for (String command : commands) {
            assertTrue(command.startsWith("mvn "), command);
            Matcher profile = Pattern.compile("-P(\\w+)").matcher(command);
            while (profile.find()) {
                assertTrue(pom.contains("<id>" + profile.group(1) + "</id>"), "profile " + profile.group(1));
            }
        }
        assertTrue(TestProjects.read(TestProjects.realProject().resolve(".ci/run")).contains(readmeCommand("run the tests")));
    }

    private static String readmeCommand(String comment) {
        String readme = TestProjects.read(TestProjects.realProject().resolve("README.md"));
        return readme.lines().filter(l -> l.contains("# " + comment)).findFirst().orElseThrow()
                .replaceAll("#.*", "").strip();
    }

    private static Map<String, Object> load(String file) {
        return new Yaml().load(TestProjects.read(TestProjects.realProject().resolve(WORKFLOWS).resolve(file)));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(String file) {
        List<Map<String, Object>> steps = new ArrayList<>();
        Map<String, Object> jobs = (Map<String, Object>) load(file).get("jobs");
        for (Object job : jobs.values()) {
            Object jobSteps = ((Map<String, Object>) job).get("steps");
            if (jobSteps != null) {
                steps.addAll((List<Map<String, Object>>) jobSteps);
            }
        }
        return steps;
    }

    private static List<String> runs(String file) {
        return steps(file).stream().map(s -> s.get("run")).filter(r -> r != null).map(String::valueOf).toList();
    }
}
