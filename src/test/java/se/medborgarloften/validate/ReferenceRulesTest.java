package se.medborgarloften.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.medborgarloften.TestProjects;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.load.ContentRole;
import se.medborgarloften.load.JsonSource;
import se.medborgarloften.model.Area;
import se.medborgarloften.model.FollowUp;
import se.medborgarloften.model.NewsItem;
import se.medborgarloften.model.Organisation;
import se.medborgarloften.model.OrganisationList;
import se.medborgarloften.model.Promise;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checks across files on the real files and on copies of them with one thing broken: each problem names
 * the file, the line of the value that is wrong and, in Swedish, what is wrong.
 */
class ReferenceRulesTest {

    private static final String PROMISE = "content/areas/rosengard/2024-2025/promise.json";
    private static final String PROMISE_2023 = "content/areas/rosengard/2023/promise.json";
    private static final String FOLLOW_UP_2023 = "content/areas/rosengard/2023/follow-up.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static List<Organisation> organisations;
    private static JsonSource organisationsSource;

    @BeforeAll
    static void realOrganisations() {
        organisationsSource = source("content/organisations.json", ContentRole.ORGANISATIONS, List.of(), real("content/organisations.json"));
        organisations = new ContentBinder().bind(organisationsSource, OrganisationList.class).organisations();
    }

    @Test
    void theRealFilesReferToWhatExists() {
        ReferenceRules rules = new ReferenceRules(organisations);
        rules.checkOrganisations(organisationsSource, organisations);
        JsonSource area = source("content/areas/rosengard/area.json", ContentRole.AREA, List.of("rosengard"),
                real("content/areas/rosengard/area.json"));
        rules.checkArea(area, new ContentBinder().bind(area, Area.class));
        for (String path : List.of(PROMISE, PROMISE_2023, "content/areas/sofielund/2022-2023/promise.json")) {
            JsonSource promise = promise(path, real(path));
            rules.checkPromise(promise, bind(promise, Promise.class));
        }
        JsonSource followUp = source(FOLLOW_UP_2023, ContentRole.FOLLOW_UP, List.of("rosengard", "2023"), real(FOLLOW_UP_2023));
        rules.checkFollowUp(followUp, bind(followUp, FollowUp.class), bind(promise(PROMISE_2023, real(PROMISE_2023)), Promise.class));
        assertEquals(List.of(), rules.found());
    }

    @Test
    void anUnknownOrganisationIsReportedOnItsOwnLine() {
        String text = real(PROMISE).replaceFirst("\"malmo-stad\"", "\"malmo-staden\"");
        Diagnostic error = only(checkPromise(PROMISE, text));
        assertEquals(PROMISE, error.file());
        assertEquals(lineOf(text, "\"malmo-staden\""), error.line());
        assertEquals("/parties/1", error.field());
        assertEquals("Det finns ingen organisation \"malmo-staden\" i content/organisations.json.", error.messageText().in("sv"));
    }

    @Test
    void aPeriodInTheWrongFolderSaysWhatTheFolderShouldBeCalled() {
        String path = "content/areas/rosengard/2024/promise.json";
        Diagnostic error = only(checkPromise(path, real(PROMISE)));
        assertEquals("/period", error.field());
        assertEquals(lineOf(real(PROMISE), "\"period\""), error.line());
        assertEquals("Perioden 2024-05 – 2025-05 stämmer inte med mappens namn \"2024\".", error.messageText().in("sv"));
        assertEquals("Rätta datumen, eller döp mappen till \"2024-2025\".", error.hintText().in("sv"));
    }

    @Test
    void aFolderNotNamedForYearsIsReported() {
        Diagnostic error = only(checkPromise("content/areas/rosengard/senaste/promise.json", real(PROMISE)));
        assertEquals("Periodmappen \"senaste\" är inte döpt efter sina år.", error.messageText().in("sv"));
        assertEquals("Döp mappen till \"2024-2025\" (startår, eller startår-slutår).", error.hintText().in("sv"));
    }

    @Test
    void aRepeatedCommitmentIdPointsAtTheRepeatAndNamesTheFirstLine() {
        String text = real(PROMISE).replaceFirst("\"id\": \"hot-spot-patrullering\"", "\"id\": \"spaningsinsatser\"");
        Diagnostic error = only(checkPromise(PROMISE, text));
        assertEquals(lineOf(real(PROMISE), "\"id\": \"hot-spot-patrullering\""), error.line());
        assertEquals("/commitments/1/id", error.field());
        int first = lineOf(text, "\"id\": \"spaningsinsatser\"");
        assertEquals("Id:t för åtagande, \"spaningsinsatser\", används två gånger (första gången på rad " + first + ").",
                error.messageText().in("sv"));
    }

    @Test
    void aCommitmentsUnknownProblemListsTheProblemsThereAre() {
        String path = "content/areas/rosengard/2018/promise.json";
        String text = real(path);
        Promise promise = bind(promise(path, text), Promise.class);
        Promise.Commitment withProblem = promise.commitments().stream().filter(c -> !c.problems().isEmpty()).findFirst().orElseThrow();
        int index = promise.commitments().indexOf(withProblem);
        String problem = withProblem.problems().get(0);
        // The commitment's own reference, by its place in the file: the same word is also a problem's id and a section's.
        int at = text.indexOf("\"id\": \"" + withProblem.id() + "\"");
        int reference = text.indexOf("\"" + problem + "\"", text.indexOf("\"problems\": [", at));
        String broken = text.substring(0, reference) + "\"okant-problem\"" + text.substring(reference + problem.length() + 2);
        Diagnostic error = only(checkPromise(path, broken));
        assertEquals("/commitments/" + index + "/problems/0", error.field());
        assertEquals(lineOf(broken, "\"okant-problem\""), error.line());
        assertTrue(error.messageText().in("sv").startsWith("Det finns inget problem \"okant-problem\" i"), error.messageText().in("sv"));
        assertTrue(error.hintText().in("sv").contains(problem), error.hintText().in("sv"));
    }

    @Test
    void aFollowUpEntryForACommitmentThePromiseDoesNotHaveListsItsCommitments() {
        Promise promise = bind(promise(PROMISE, real(PROMISE)), Promise.class);
        String path = "content/areas/rosengard/2024-2025/follow-up.json";
        String text = """
                {
                  "published": "2025-09",
                  "by": ["polisen"],
                  "entries": [
                    { "commitment": "spaningsinsatser", "status": "done" },
                    { "commitment": "spaningsinsats", "status": "done" },
                    { "commitment": "spaningsinsatser", "status": "ongoing" }
                  ]
                }
                """;
        JsonSource source = source(path, ContentRole.FOLLOW_UP, List.of("rosengard", "2024-2025"), text);
        ReferenceRules rules = new ReferenceRules(organisations);
        rules.checkFollowUp(source, bind(source, FollowUp.class), promise);
        List<Diagnostic> found = rules.found();
        assertEquals(2, found.size(), found.toString());
        Diagnostic duplicate = found.get(0);
        assertEquals(7, duplicate.line());
        assertEquals("Åtagandet \"spaningsinsatser\" följs upp två gånger i filen (första gången på rad 5).",
                duplicate.messageText().in("sv"));
        Diagnostic unknown = found.get(1);
        assertEquals(6, unknown.line());
        assertEquals("/entries/1/commitment", unknown.field());
        assertEquals("Det finns inget åtagande \"spaningsinsats\" i periodens promise.json.", unknown.messageText().in("sv"));
        String hint = unknown.hintText().in("sv");
        for (Promise.Commitment c : promise.commitments()) {
            assertTrue(hint.contains(c.id()), c.id() + " in " + hint);
        }
        assertTrue(hint.indexOf("affisch-vald-i-nara-relation") < hint.indexOf("spaningsinsatser"), "sorted: " + hint);
    }

    @Test
    void anOrganisationThatIsItsOwnParentIsACycle() {
        String text = withParentOfPolisen("polisen");
        Diagnostic error = only(checkOrganisations(text));
        assertEquals(lineOf(text, "\"parent\": \"polisen\","), error.line());
        assertEquals("/organisations/0/parent", error.field());
        assertEquals("Organisationen \"polisen\" är sin egen överordnade, direkt eller via andra.", error.messageText().in("sv"));
    }

    @Test
    void everyOrganisationInACycleOfParentsIsReported() {
        // Polisen under its own local police area: Polisen → LPO Malmö söder → Polisområde Malmö → Polisen.
        String text = withParentOfPolisen("lpo-malmo-soder");
        List<String> inCycle = checkOrganisations(text).stream()
                .map(d -> d.messageText().args().get(0).toString()).sorted().toList();
        assertEquals(List.of("lpo-malmo-soder", "polisen", "polisomrade-malmo"), inCycle,
                "the other local police areas are below the cycle, not in it");
    }

    /** The real organisations.json with a parent given to Polisen, on a line of its own after its id. */
    private static String withParentOfPolisen(String parent) {
        String real = real("content/organisations.json");
        String id = "\"id\": \"polisen\",";
        assertTrue(real.contains(id), "organisations.json names Polisen");
        return real.replace(id, id + "\n      \"parent\": \"" + parent + "\",");
    }

    private static List<Diagnostic> checkOrganisations(String text) {
        JsonSource source = source("content/organisations.json", ContentRole.ORGANISATIONS, List.of(), text);
        List<Organisation> list = new ContentBinder().bind(source, OrganisationList.class).organisations();
        ReferenceRules rules = new ReferenceRules(list);
        rules.checkOrganisations(source, list);
        return rules.found();
    }

    @Test
    void anAreaWhoseIdIsNotItsFolderIsReported() {
        JsonSource source = source("content/areas/rosengard-syd/area.json", ContentRole.AREA, List.of("rosengard-syd"),
                real("content/areas/rosengard/area.json"));
        ReferenceRules rules = new ReferenceRules(organisations);
        rules.checkArea(source, new ContentBinder().bind(source, Area.class));
        Diagnostic error = only(rules.found());
        assertEquals(lineOf(real("content/areas/rosengard/area.json"), "\"id\""), error.line());
        assertEquals("Områdets id \"rosengard\" skiljer sig från mappens namn \"rosengard-syd\".", error.messageText().in("sv"));
    }

    @Test
    void newsThatAnnouncesAPeriodThatDoesNotExistIsReported() {
        String path = "content/news/2018-05-09-fyra-nya-medborgarloften/news.json";
        String text = real(path);
        JsonSource source = source(path, ContentRole.NEWS, List.of("2018-05-09-fyra-nya-medborgarloften"), text);
        NewsItem news = new ContentBinder().bind(source, NewsItem.class);
        Set<String> periods = Set.of("kirseberg-segevang/2018", "lindangen-hermodsdal-nydala/2018", "mollevangen/2018",
                "rosengard/2018", "rosengard/2023", "rosengard/2024-2025", "sofielund/2022-2023");
        ReferenceRules real = new ReferenceRules(organisations);
        real.checkNews(source, news, periods);
        assertEquals(List.of(), real.found());

        ReferenceRules withoutKirseberg = new ReferenceRules(organisations);
        withoutKirseberg.checkNews(source, news, Set.of("rosengard/2018", "mollevangen/2018", "lindangen-hermodsdal-nydala/2018"));
        Diagnostic error = withoutKirseberg.found().get(0);
        assertEquals("/announces/0", error.field());
        assertEquals(lineOf(text, "\"area\": \"kirseberg-segevang\"") - 1, error.line());
        assertEquals("Det finns ingen period kirseberg-segevang/2018.", error.messageText().in("sv"));
    }

    @Test
    void problemsFoundSeparatelyAreReportedOnlyWhenAskedTo() {
        ReferenceRules rules = new ReferenceRules(organisations);
        String text = real(PROMISE).replaceFirst("\"malmo-stad\"", "\"malmo-staden\"");
        JsonSource source = promise(PROMISE, text);
        List<Diagnostic> kept = rules.separately(() -> rules.checkPromise(source, bind(source, Promise.class)));
        assertEquals(1, kept.size());
        assertEquals(List.of(), rules.found(), "kept apart until reported");
        rules.report(kept);
        assertEquals(kept, rules.found());
    }

    private static List<Diagnostic> checkPromise(String path, String text) {
        ReferenceRules rules = new ReferenceRules(organisations);
        JsonSource source = promise(path, text);
        rules.checkPromise(source, bind(source, Promise.class));
        return rules.found();
    }

    private static JsonSource promise(String path, String text) {
        String[] parts = path.split("/");
        return source(path, ContentRole.PROMISE, List.of(parts[2], parts[3]), text);
    }

    private static <T> T bind(JsonSource source, Class<T> type) {
        return new ContentBinder().bind(source, type);
    }

    static JsonSource source(String path, ContentRole role, List<String> folder, String text) {
        try {
            return new JsonSource(path, role, folder, text, MAPPER.readTree(text));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static String real(String path) {
        return TestProjects.read(TestProjects.realProject().resolve(path));
    }

    static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static Diagnostic only(List<Diagnostic> found) {
        assertEquals(1, found.size(), found.stream().map(d -> d.format("sv")).toList().toString());
        return found.get(0);
    }
}
