package se.medborgarloften.render.jbake;

import freemarker.template.utility.StringUtil;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * Pages are encoded while they render; the bytes must be exactly those of rendering into a string and
 * encoding it afterwards, as the site did before, and the escaping exactly Freemarker's HTML escaping.
 */
class Utf8PageWriterTest {

    /** Text as a page is written: pieces of any length, cut anywhere, even between the halves of a surrogate pair. */
    @Provide
    Arbitrary<List<String>> pieces() {
        Arbitrary<Character> chars = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.chars().range(' ', '~')),
                net.jqwik.api.Tuple.of(2, Arbitraries.of('å', 'ä', 'ö', 'É', '–', '→', '’', '€', '\n')),
                net.jqwik.api.Tuple.of(1, Arbitraries.of('\uD83D', '\uDE00', '\uD800', '\uDFFF', '<', '>', '&', '"', '\'')));
        return chars.list().ofMaxSize(40).map(cs -> {
            StringBuilder s = new StringBuilder();
            cs.forEach(s::append);
            return s.toString();
        }).list().ofMaxSize(12);
    }

    /** How one piece of text is written to the page, and what the whole text must then be. */
    @FunctionalInterface
    private interface Way {
        void write(int index, String piece, Utf8PageWriter writer, StringWriter expected) throws IOException;
    }

    private static void assertSameBytes(List<String> pieces, Way way) throws IOException {
        Utf8PageWriter writer = new Utf8PageWriter(8);
        StringWriter expected = new StringWriter();
        for (int i = 0; i < pieces.size(); i++) {
            way.write(i, pieces.get(i), writer, expected);
        }
        assertArrayEquals(expected.toString().getBytes(StandardCharsets.UTF_8), writer.toByteArray());
    }

    @Property(tries = 2000, seed = "20261122")
    void writesTheBytesOfTheWholeTextEncodedAtOnce(@ForAll("pieces") List<String> pieces) throws IOException {
        assertSameBytes(pieces, (i, piece, writer, expected) -> {
            switch (i % 4) {
                case 0 -> writer.write(piece);
                case 1 -> writer.write(piece.toCharArray(), 0, piece.length());
                case 2 -> writer.write("x" + piece + "y", 1, piece.length());
                default -> piece.chars().forEach(writer::write);
            }
            expected.write(piece);
        });
    }

    @Property(tries = 2000, seed = "20261122")
    void escapesAsFreemarkersHtmlFormat(@ForAll("pieces") List<String> pieces) throws IOException {
        assertSameBytes(pieces, (i, piece, writer, expected) -> {
            if (i % 2 == 0) {
                EncodingHtmlFormat.INSTANCE.output(piece, writer);
                StringUtil.XHTMLEnc(piece, expected);
            } else {
                writer.write(piece);
                expected.write(piece);
            }
        });
    }

    /** Each rendering thread reuses one writer; nothing of a page, not even half a surrogate pair, reaches the next. */
    @Property(tries = 1000, seed = "20261122")
    void aClearedWriterWritesTheNextPageAsANewWriterWould(@ForAll("pieces") List<String> earlier,
                                                         @ForAll("pieces") List<String> next) throws IOException {
        Utf8PageWriter reused = new Utf8PageWriter(8);
        earlier.forEach(reused::write);
        reused.write("\uD83D");
        reused.clear();
        Utf8PageWriter fresh = new Utf8PageWriter(8);
        for (String piece : next) {
            reused.write(piece);
            EncodingHtmlFormat.INSTANCE.output(piece, reused);
            fresh.write(piece);
            EncodingHtmlFormat.INSTANCE.output(piece, fresh);
        }
        assertArrayEquals(fresh.toByteArray(), reused.toByteArray());
    }

    @Test
    void longTextIsEncodedInChunksWithoutLosingAPairCutBetweenThem() {
        // 1023 letters put the smiley's two halves on either side of the writer's 1024-char copy buffer.
        String text = "a".repeat(1023) + "\uD83D\uDE00" + "ö".repeat(3000) + "<&>";
        Utf8PageWriter writer = new Utf8PageWriter(16);
        writer.write(text);
        writer.writeEscaped(text);
        String expected = text + StringUtil.XHTMLEnc(text);
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), writer.toByteArray());
    }
}
