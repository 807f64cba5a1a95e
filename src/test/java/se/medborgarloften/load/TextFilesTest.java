package se.medborgarloften.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.medborgarloften.TestProjects;
import se.medborgarloften.diagnostics.ContentException;
import se.medborgarloften.diagnostics.Diagnostic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Text files as editors save them: the real ones read as they are, and the encodings that break å, ä and ö named. */
class TextFilesTest {

    private static final String AREA = "content/areas/rosengard/area.json";

    @TempDir
    Path temp;

    @Test
    void aRealFileIsReadAsItIs() throws IOException {
        Path file = TestProjects.realProject().resolve(AREA);
        assertEquals(Files.readString(file), TextFiles.readUtf8(file, AREA));
    }

    @Test
    void aFileSavedAsLatin1IsReportedWhereItsFirstLetterBreaks() throws IOException {
        String text = TestProjects.read(TestProjects.realProject().resolve(AREA));
        Path file = temp.resolve("area.json");
        Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
        Diagnostic error = refused(file);
        // "Rosengård" on the line of the area's name: the å is the first letter UTF-8 cannot read.
        int line = TestProjects.lineOf(TestProjects.realProject().resolve(AREA), "å");
        assertEquals(line, error.line());
        assertEquals(text.split("\n")[line - 1].indexOf('å') + 1, error.column());
        assertEquals("Filen är inte UTF-8 (den kan vara sparad som Latin-1/Windows-1252, vilket förstör å, ä och ö).",
                error.messageText().in("sv"));
    }

    @Test
    void aByteOrderMarkIsReportedOnTheFirstLine() throws IOException {
        Path file = temp.resolve("area.json");
        byte[] text = Files.readAllBytes(TestProjects.realProject().resolve(AREA));
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(file, withBom);
        Diagnostic error = refused(file);
        assertEquals(1, error.line());
        assertEquals("Filen börjar med ett osynligt byte-order mark (BOM).", error.messageText().in("sv"));
    }

    @Test
    void aFileFarLargerThanAnyContentIsRefused() throws IOException {
        Path file = temp.resolve("promise.sv.adoc");
        Files.write(file, new byte[(int) TextFiles.MAX_BYTES + 10 * 1024]);
        Diagnostic error = refused(file);
        assertEquals("Filen är 2058 kB, mer än gränsen 2048 kB.", error.messageText().in("sv"));
    }

    private static Diagnostic refused(Path file) {
        ContentException refused = assertThrows(ContentException.class, () -> TextFiles.readUtf8(file, AREA));
        assertEquals(1, refused.diagnostics().size());
        assertEquals(AREA, refused.diagnostics().get(0).file());
        return refused.diagnostics().get(0);
    }
}
