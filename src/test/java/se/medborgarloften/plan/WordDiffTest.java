package se.medborgarloften.plan;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two wordings are the same when their words are, whatever the spacing; the word diff of two wordings
 * gives back both of them. Checked on generated texts with the kinds of spacing editors leave behind.
 */
class WordDiffTest {

    @Property(tries = 2000)
    void sameMeansTheSameWords(@ForAll("wordings") String a, @ForAll("wordings") String b) {
        assertEquals(words(a).equals(words(b)), WordDiff.same(a, b), () -> "\"" + a + "\" and \"" + b + "\"");
    }

    @Property(tries = 2000)
    void aRespacedWordingIsTheSame(@ForAll("wordings") String a) {
        String respaced = "\n " + String.join(" \t ", words(a)) + "\u2003";
        assertTrue(WordDiff.same(a, respaced));
    }

    @Property(tries = 1000)
    void theDiffGivesBackBothWordings(@ForAll("wordings") String a, @ForAll("wordings") String b) {
        List<WordDiff.Segment> diff = WordDiff.between(a, b);
        assertEquals(String.join(" ", words(a)), joined(diff, WordDiff.Kind.ADDED));
        assertEquals(String.join(" ", words(b)), joined(diff, WordDiff.Kind.REMOVED));
    }

    @Example
    void aChangedWordIsNotTheSame() {
        assertFalse(WordDiff.same("Polisen ska genomföra 10 trygghetsvandringar", "Polisen ska genomföra 12 trygghetsvandringar"));
        assertFalse(WordDiff.same("trygghet", "trygghetsvandring"));
        assertTrue(WordDiff.same(null, " \n"));
    }

    @Example
    void spacingIsWhatJavaCallsWhiteSpace() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.isWhitespace((char) c), WordDiff.isSpace((char) c), "U+" + Integer.toHexString(c));
        }
    }

    @Provide
    Arbitrary<String> wordings() {
        // Few distinct letters, so that generated wordings often share words; a no-break space is not spacing.
        return Arbitraries.strings().withChars('a', 'b', 'å', ' ', ' ', '\t', '\n', '\u00a0', '\u2003').ofMaxLength(30);
    }

    /** The words of a text, split where Java sees white space. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (char c : (text == null ? "" : text).toCharArray()) {
            if (Character.isWhitespace(c)) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** The text the diff shows when the segments of one kind are left out. */
    private static String joined(List<WordDiff.Segment> diff, WordDiff.Kind leftOut) {
        return diff.stream().filter(s -> s.kind() != leftOut).map(WordDiff.Segment::text)
                .flatMap(t -> words(t).stream()).collect(Collectors.joining(" "));
    }
}
