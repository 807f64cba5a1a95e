package se.medborgarloften.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.medborgarloften.Stages;
import se.medborgarloften.TestProjects;
import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.load.LoadedContent;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** No two pages at one address, and the pages the law asks for: the real pages, and copies that break the rules. */
class AddressRulesTest {

    private static final String CONTACT = "content/pages/kontakt/page.json";

    @TempDir
    Path project;

    @Test
    void theRealPagesAndNewsHaveAddressesOfTheirOwn() {
        Stages.Planned planned = Stages.realPlanned();
        assertEquals(List.of(), new AddressRules(planned.content().site())
                .check(planned.loaded(), planned.content().news(), planned.content().pages()));
    }

    @Test
    void aPageWhoseSlugIsASectionOfTheSiteIsRefusedOnItsLine() {
        TestProjects.copyOfRealProject(project);
        Path contact = project.resolve(CONTACT);
        TestProjects.write(contact, TestProjects.read(contact).replace("\"sv\": \"kontakt\"", "\"sv\": \"nyheter\""));
        Diagnostic error = only(refused());
        assertEquals(CONTACT, error.file());
        assertEquals(TestProjects.lineOf(contact, "\"nyheter\""), error.line());
        assertEquals("/slug/sv", error.field());
        assertEquals("Adressen \"nyheter\" (sv) används redan av templates/i18n/messages_sv.properties.", error.messageText().in("sv"));
    }

    @Test
    void twoPagesWithOneRoleAndNoAccessibilityStatementAreRefused() {
        TestProjects.copyOfRealProject(project);
        Path accessibility = project.resolve("content/pages/tillganglighet/page.json");
        TestProjects.write(accessibility, TestProjects.read(accessibility).replace("\"role\": \"accessibility\"", "\"role\": \"contact\""));
        List<String> found = refused().stream().map(d -> d.messageText().key() + " " + d.file()).sorted().toList();
        assertEquals(List.of("pages.noAccessibility content/pages", "pages.roleTaken content/pages/tillganglighet/page.json"), found);
    }

    private List<Diagnostic> refused() {
        LoadedContent loaded = Stages.load(project);
        return assertThrows(ContentException.class, () -> Stages.validate(project, loaded)).diagnostics();
    }

    private static Diagnostic only(List<Diagnostic> found) {
        assertEquals(1, found.size(), found.stream().map(d -> d.format("sv")).toList().toString());
        return found.get(0);
    }
}
