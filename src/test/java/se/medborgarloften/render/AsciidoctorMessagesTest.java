package se.medborgarloften.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Asciidoctor's warnings reach the editor in their language, with what to write instead. */
class AsciidoctorMessagesTest {

    private static final String[] TEXT = {"Inledning.", "", "== Rubrik", "", "==== Underrubrik", "", "****", "Ruta"};

    @Test
    void aHeadingThatSkipsALevelSaysWhichMarksToWrite() {
        AsciidoctorMessages.Problem problem = AsciidoctorMessages.translate(
                "section title out of sequence: expected level 2, got level 3", TEXT, 5);
        assertEquals("Rubriken \"==== Underrubrik\" hoppar över en rubriknivå: efter en rubrik med == kommer en underrubrik med ===.",
                problem.message().in("sv"));
        assertEquals("Skriv === i stället för ==== i början av raden, eller == om rubriken ska stå på samma nivå som rubriken ovanför.",
                problem.hint().in("sv"));
    }

    @Test
    void aBlockNeverClosedIsNamedByItsOpeningLine() {
        AsciidoctorMessages.Problem problem = AsciidoctorMessages.translate("unterminated sidebar block", TEXT, 7);
        assertEquals("The block that starts with the line **** is never closed, so everything after that line falls into it.",
                problem.message().in("en"));
        assertTrue(problem.hint().in("sv").contains("ta bort raden **** (rad 7)"), problem.hint().in("sv"));
    }

    @Test
    void anUnknownMessageIsKeptForSomeoneWhoKnowsAsciiDocButNotShownAsTheSwedishMessage() {
        AsciidoctorMessages.Problem problem = AsciidoctorMessages.translate("unresolved passthrough detected: x", TEXT, 1);
        assertFalse(problem.message().in("sv").contains("unresolved"), problem.message().in("sv"));
        assertTrue(problem.hint().in("sv").contains("unresolved passthrough detected: x"), problem.hint().in("sv"));
        assertTrue(problem.message().in("en").contains("unresolved passthrough detected: x"), problem.message().in("en"));
    }
}
