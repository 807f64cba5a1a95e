package se.medborgarloften.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.medborgarloften.Stages;
import se.medborgarloften.TestProjects;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.model.ArchivedSource;
import se.medborgarloften.model.MessageBundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The load stage alone: the real content/ read as it is on disk, and a file that is not content refused. */
class LoadStageTest {

    private static final Path CONTENT = TestProjects.realProject().resolve("content");

    @TempDir
    Path project;

    @Test
    void everyJsonFileIsReadWithTheRoleItsPlaceGivesIt() throws IOException {
        LoadedContent loaded = Stages.load(TestProjects.realProject());
        assertEquals(filesNamed("area.json"), paths(loaded.withRole(ContentRole.AREA)));
        assertEquals(filesNamed("promise.json"), paths(loaded.withRole(ContentRole.PROMISE)));
        assertEquals(filesNamed("follow-up.json"), paths(loaded.withRole(ContentRole.FOLLOW_UP)));
        assertEquals(filesNamed("news.json"), paths(loaded.withRole(ContentRole.NEWS)));
        assertEquals(filesNamed("page.json"), paths(loaded.withRole(ContentRole.PAGE)));
        assertEquals(Set.of("content/site.json"), paths(loaded.withRole(ContentRole.SITE)));
        assertEquals(Set.of("content/organisations.json"), paths(loaded.withRole(ContentRole.ORGANISATIONS)));
        assertEquals(Set.of("content/redirects.json"), paths(loaded.withRole(ContentRole.REDIRECTS)));
        // The real archive: five areas, seven promise periods, one follow-up, one news item, three pages.
        assertEquals(5, loaded.withRole(ContentRole.AREA).size());
        assertEquals(7, loaded.withRole(ContentRole.PROMISE).size());
        assertEquals(1, loaded.withRole(ContentRole.FOLLOW_UP).size());
        assertEquals(List.of("rosengard", "2024-2025"), loaded.json().stream()
                .filter(s -> s.path().equals("content/areas/rosengard/2024-2025/promise.json")).findFirst().orElseThrow().folder());
    }

    @Test
    void everyProseFileBelongsToTheJsonFileBesideIt() throws IOException {
        LoadedContent loaded = Stages.load(TestProjects.realProject());
        assertEquals(filesEndingIn(".adoc"), loaded.prose().stream().map(ProseSource::path).collect(Collectors.toSet()));
        ProseSource english = loaded.prose().stream()
                .filter(p -> p.path().equals("content/areas/sofielund/2022-2023/promise.en.adoc")).findFirst().orElseThrow();
        assertEquals("en", english.language());
        assertEquals("content/areas/sofielund/2022-2023/promise.json", english.jsonPath());
        assertEquals(Files.readString(CONTENT.resolve("areas/sofielund/2022-2023/promise.en.adoc")), english.text());
    }

    @Test
    void theArchivedSourcesThePublishedAddressesAndTheBundlesAreRead() throws IOException {
        LoadedContent loaded = Stages.load(TestProjects.realProject());
        assertEquals(filesEndingIn(".txt").stream().filter(p -> p.startsWith("content/sources/")).collect(Collectors.toSet()),
                loaded.sources().stream().map(ArchivedSource::path).collect(Collectors.toSet()));
        assertEquals(5, loaded.sources().size());
        List<String> lines = Files.readAllLines(CONTENT.resolve("published-urls.txt"));
        List<String> addresses = lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertEquals(addresses, loaded.publishedUrls().urls());
        assertEquals(lines.indexOf("sv/omraden/rosengard/2023/") + 1,
                loaded.publishedUrls().lines().get("sv/omraden/rosengard/2023/"));
        assertEquals(Set.of("sv", "en"), loaded.messageBundles().stream().map(MessageBundle::language).collect(Collectors.toSet()));
        MessageBundle swedish = loaded.messageBundles().stream().filter(b -> b.language().equals("sv")).findFirst().orElseThrow();
        assertEquals("omraden", swedish.messages().get("url.areas"));
    }

    @Test
    void aValuesLineIsFoundInTheFileAsWritten() {
        LoadedContent loaded = Stages.load(TestProjects.realProject());
        String path = "content/areas/rosengard/2024-2025/promise.json";
        JsonSource promise = loaded.json().stream().filter(s -> s.path().equals(path)).findFirst().orElseThrow();
        assertEquals(TestProjects.lineOf(TestProjects.realProject().resolve(path), "\"value\": 250"),
                promise.locate("/commitments/1/target/value").line());
        assertEquals(250, promise.tree().at("/commitments/1/target/value").asInt());
    }

    @Test
    void aFileThatIsNotContentIsRefusedAndTheOthersAreStillRead() {
        TestProjects.copyOfRealProject(project);
        TestProjects.write(project.resolve("content/areas/rosengard/2023/anteckningar.txt"), "att göra\n");
        UnreadableContentException refused = assertThrows(UnreadableContentException.class, () -> Stages.load(project));
        assertEquals(1, refused.diagnostics().size());
        Diagnostic error = refused.diagnostics().get(0);
        assertEquals("content/areas/rosengard/2023/anteckningar.txt", error.file());
        assertEquals("Filen hör inte till innehållsmodellen och skulle inte publiceras.", error.messageText().in("sv"));
        assertEquals(7, refused.readable().withRole(ContentRole.PROMISE).size(), "checked on their own (see SiteBuild)");
    }

    @Test
    void anEmptyJsonFileIsReportedOnItsFirstLine() {
        TestProjects.copyOfRealProject(project);
        TestProjects.write(project.resolve("content/areas/rosengard/2023/follow-up.json"), "\n");
        UnreadableContentException refused = assertThrows(UnreadableContentException.class, () -> Stages.load(project));
        Diagnostic error = refused.diagnostics().get(0);
        assertEquals("content/areas/rosengard/2023/follow-up.json", error.file());
        assertEquals(1, error.line());
        assertEquals("Filen är tom.", error.messageText().in("sv"));
    }

    private static Set<String> paths(List<JsonSource> sources) {
        return sources.stream().map(JsonSource::path).collect(Collectors.toSet());
    }

    private static Set<String> filesNamed(String name) throws IOException {
        return filesEndingIn("/" + name);
    }

    private static Set<String> filesEndingIn(String end) throws IOException {
        try (Stream<Path> files = Files.walk(CONTENT)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> "content/" + CONTENT.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(end)).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
