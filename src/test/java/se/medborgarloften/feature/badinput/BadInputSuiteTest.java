package se.medborgarloften.feature.badinput;

import se.medborgarloften.TestProjects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;
import se.medborgarloften.generator.SiteBuild;
import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.diagnostics.Diagnostic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replays src/test/resources/bad-input/cases.yaml: each broken input, applied to a copy of the real
 * project over an already published site, must be reported with its file and line and must leave that
 * site byte-identical.
 */
class BadInputSuiteTest {

    /** Words of the tools that read the content, written for programmers, which an editor should never have to read. */
    private static final List<String> TOOLS_ENGLISH = List.of("Unexpected character", "Illegal unquoted", "Duplicate field",
            "was expecting", "CTRL-CHAR", "end-of-input", "close marker", "where integer", "string där", "must have a",
            "out of sequence", "unterminated", "missing attribute", "include file", "docs.asciidoctor.org");

    private static Path published;
    private static Map<String, String> publishedFingerprint;

    @BeforeAll
    static void publishTheRealSite() {
        published = TestProjects.realSite();
        publishedFingerprint = TestProjects.fingerprint(published);
    }

    @TestFactory
    Stream<DynamicTest> everyBrokenInputIsReportedWithFileAndLineAndChangesNothing() throws IOException {
        List<Map<String, Object>> cases;
        try (InputStream in = getClass().getResourceAsStream("/bad-input/cases.yaml")) {
            cases = new Yaml().load(in);
        }
        assertTrue(cases.size() >= 40, "at least 40 distinct broken inputs, found " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest((String) c.get("name"), () -> check(c)));
    }

    @SuppressWarnings("unchecked")
    private static void check(Map<String, Object> brokenInput) throws IOException {
        Path project = Files.createTempDirectory("bad-input-");
        try {
            TestProjects.copyOfRealProject(project);
            for (Map<String, Object> step : (List<Map<String, Object>>) brokenInput.get("steps")) {
                apply(project, step);
            }
            Path out = project.resolve("published");
            TestProjects.copyTree(published, out);

            ContentException failure = assertThrows(ContentException.class, () -> new SiteBuild(project, out).run());
            Map<String, Object> expect = (Map<String, Object>) brokenInput.get("expect");
            String file = (String) expect.get("file");
            int line = expectedLine(project, expect);
            String message = String.valueOf(expect.get("message"));
            String swedish = (String) expect.getOrDefault("sv", "");
            List<Diagnostic> found = failure.diagnostics();
            boolean reported = found.stream().anyMatch(d -> d.file().equals(file) && d.message().contains(message)
                    && d.format("sv").contains(swedish) && (line < 0 ? d.line() > 0 : d.line() == line));
            assertTrue(reported, "expected " + file + ":" + (line < 0 ? "any line" : line) + " \"" + message + "\" / \""
                    + swedish + "\", got:\n" + String.join("\n", found.stream().map(d -> d.format("en") + "\n" + d.format("sv")).toList()));
            assertTrue(found.stream().allMatch(d -> !d.file().isEmpty() && !d.hint().isEmpty()), "every problem says what to do");
            for (Diagnostic d : found) {
                String inSwedish = d.format("sv");
                assertTrue(TOOLS_ENGLISH.stream().noneMatch(inSwedish::contains), "a tool's own English reaches the reader: " + inSwedish);
            }
            assertEquals(publishedFingerprint, TestProjects.fingerprint(out), "the published site must stay byte-identical");
            try (var beside = Files.list(project)) {
                // The published link's two folders (published.1 and .2) and the link to the working copy
                // (published.work) are there; a failed build may leave the working copy half-written, never served.
                assertEquals(List.of(), beside.map(p -> p.getFileName().toString())
                        .filter(name -> name.startsWith("published.") && !name.matches("published\\.(work|1|2)")).toList(),
                        "nothing half-built is left beside the published site");
            }
        } finally {
            TestProjects.deleteTree(project);
        }
    }

    private static int expectedLine(Path project, Map<String, Object> expect) {
        Object line = expect.get("line");
        if ("any".equals(line)) {
            return -1;
        }
        if (line != null) {
            return (Integer) line;
        }
        String needle = (String) expect.get("lineOf");
        int occurrence = (Integer) expect.getOrDefault("occurrence", 1);
        int offset = (Integer) expect.getOrDefault("offset", 0);
        String text = decode(readBytes(project.resolve((String) expect.get("file")))).replace("\r\n", "\n");
        String[] lines = text.split("\n", -1);
        int seen = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle) && ++seen == occurrence) {
                return i + 1 + offset;
            }
        }
        throw new AssertionError("the case's lineOf text is not in the file: " + needle);
    }

    private static void apply(Path project, Map<String, Object> step) throws IOException {
        if (step.containsKey("edit")) {
            Path file = project.resolve((String) step.get("edit"));
            String text = Files.readString(file);
            String changed;
            if (step.containsKey("append")) {
                changed = text + step.get("append");
            } else {
                String find = (String) step.get("find");
                assertTrue(text.contains(find), "the case's edit does not apply to " + file + ": " + find);
                changed = text.replaceFirst(java.util.regex.Pattern.quote(find),
                        java.util.regex.Matcher.quoteReplacement((String) step.get("replace")));
            }
            Files.writeString(file, changed);
        } else if (step.containsKey("write")) {
            TestProjects.write(project.resolve((String) step.get("write")), (String) step.get("text"));
        } else if (step.containsKey("delete")) {
            TestProjects.deleteTree(project.resolve((String) step.get("delete")));
        } else if (step.containsKey("encode")) {
            Path file = project.resolve((String) step.get("encode"));
            String text = Files.readString(file);
            byte[] bytes = switch ((String) step.get("as")) {
                case "bom" -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
                case "latin1" -> text.getBytes(StandardCharsets.ISO_8859_1);
                case "crlf" -> text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
                default -> throw new IllegalArgumentException(String.valueOf(step.get("as")));
            };
            Files.write(file, bytes);
        } else if (step.containsKey("pad")) {
            Path file = project.resolve((String) step.get("pad"));
            Files.writeString(file, Files.readString(file) + "\n" + "x".repeat((Integer) step.get("bytes")) + "\n");
        } else if (step.containsKey("symlink")) {
            Files.createSymbolicLink(project.resolve((String) step.get("symlink")), Path.of((String) step.get("target")));
        } else if (step.containsKey("copy")) {
            TestProjects.copyTree(project.resolve((String) step.get("copy")), project.resolve((String) step.get("to")));
        } else {
            throw new IllegalArgumentException("unknown step " + step);
        }
    }

    /** UTF-8, or Latin-1 for the case that saves a file in Latin-1. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
