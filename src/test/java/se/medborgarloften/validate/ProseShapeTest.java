package se.medborgarloften.validate;

import org.junit.jupiter.api.Test;
import se.medborgarloften.TestProjects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parts of a text counted as a translation must repeat them: paragraphs, list items, headings. */
class ProseShapeTest {

    @Test
    void paragraphsListItemsHeadingsAndBlocksAreCounted() {
        String text = """
                Första stycket,
                som fortsätter här.

                Andra stycket.

                * en punkt
                * en till
                . numrerad

                == Rubrik

                [NOTE]
                ----
                kod

                mer kod i samma block
                ----
                // en kommentar
                """;
        assertEquals(new ProseShape(3, 3, 1), ProseShape.of(text));
    }

    @Test
    void anEmptyTextHasNoParts() {
        assertTrue(ProseShape.of("").isEmpty());
        assertTrue(ProseShape.of("\n// bara en kommentar\n\n").isEmpty());
        assertEquals(new ProseShape(1, 0, 0), ProseShape.of("Ett stycke."));
    }

    @Test
    void everyRealTranslationHasTheShapeOfItsOriginal() throws IOException {
        Path content = TestProjects.realProject().resolve("content");
        List<Path> originals;
        try (Stream<Path> files = Files.walk(content)) {
            originals = files.filter(f -> f.getFileName().toString().endsWith(".sv.adoc")).toList();
        }
        assertEquals(8, originals.size());
        for (Path swedish : originals) {
            Path english = swedish.resolveSibling(swedish.getFileName().toString().replace(".sv.adoc", ".en.adoc"));
            ProseShape shape = ProseShape.of(Files.readString(swedish));
            assertEquals(shape, ProseShape.of(Files.readString(english)), english.toString());
            assertTrue(shape.paragraphs() > 0, swedish.toString());
        }
        // The contact page: five headings, each with its paragraphs.
        ProseShape contact = ProseShape.of(Files.readString(content.resolve("pages/kontakt/page.sv.adoc")));
        assertEquals(5, contact.headings(), contact.toString());
        assertTrue(contact.paragraphs() >= 5, contact.toString());
    }
}
