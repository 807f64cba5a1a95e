package se.medborgarloften.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A word-by-word difference between two texts, as a reader sees changed wording: kept, removed, added. */
public final class WordDiff {

    public enum Kind { SAME, REMOVED, ADDED }

    /** A run of words with the same kind, including the spaces between them. */
    public record Segment(Kind kind, String text) {

        public boolean isRemoved() {
            return kind == Kind.REMOVED;
        }

        public boolean isAdded() {
            return kind == Kind.ADDED;
        }
    }

    private WordDiff() {
    }

    public static List<Segment> between(String before, String after) {
        // Words are compared where they lie in the two texts, as start and end offsets, and runs are built as
        // they are found: a copy of every word and a segment per word were most of a comparison's diffs.
        String a = before == null ? "" : before;
        String b = after == null ? "" : after;
        int[] wordsA = words(a);
        int[] wordsB = words(b);
        int countA = wordsA.length / 2;
        int countB = wordsB.length / 2;
        // The words both texts start and end with are kept as they are; only the middle needs the table.
        int head = 0;
        while (head < countA && head < countB && sameWord(a, wordsA, head, b, wordsB, head)) {
            head++;
        }
        int tail = 0;
        while (tail < countA - head && tail < countB - head
                && sameWord(a, wordsA, countA - 1 - tail, b, wordsB, countB - 1 - tail)) {
            tail++;
        }
        Runs runs = new Runs();
        for (int i = 0; i < head; i++) {
            runs.add(Kind.SAME, a, wordsA, i);
        }
        middle(runs, a, wordsA, head, countA - tail, b, wordsB, head, countB - tail);
        for (int i = countA - tail; i < countA; i++) {
            runs.add(Kind.SAME, a, wordsA, i);
        }
        return runs.done();
    }

    /** Whether two texts have the same words, whatever the spacing between them. */
    public static boolean same(String before, String after) {
        // Compared in place: every period's changes compare every commitment with the period before.
        String a = before == null ? "" : before;
        String b = after == null ? "" : after;
        if (a.equals(b)) {
            return true;
        }
        int i = 0;
        int j = 0;
        while (true) {
            i = wordStart(a, i);
            j = wordStart(b, j);
            if (i == a.length() || j == b.length()) {
                return i == a.length() && j == b.length();
            }
            int endA = wordEnd(a, i);
            int endB = wordEnd(b, j);
            if (endA - i != endB - j || !a.regionMatches(i, b, j, endA - i)) {
                return false;
            }
            i = endA;
            j = endB;
        }
    }

    private static int wordStart(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && !isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * {@link Character#isWhitespace(char)}, answered for Latin-1 without a table look-up: a period's changes
     * walk every text of both periods a character at a time.
     */
    static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        return Character.isWhitespace(c);
    }

    private static void middle(Runs runs, String a, int[] wordsA, int fromA, int toA, String b, int[] wordsB,
                               int fromB, int toB) {
        // Longest common subsequence of words; texts here are sentences, so the table stays small.
        int n = toA - fromA;
        int m = toB - fromB;
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = sameWord(a, wordsA, fromA + i, b, wordsB, fromB + j) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && sameWord(a, wordsA, fromA + i, b, wordsB, fromB + j)) {
                runs.add(Kind.SAME, a, wordsA, fromA + i);
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                // Removed words come before the words that replace them, as in a marked-up document.
                runs.add(Kind.REMOVED, a, wordsA, fromA + i++);
            } else {
                runs.add(Kind.ADDED, b, wordsB, fromB + j++);
            }
        }
    }

    private static boolean sameWord(String a, int[] wordsA, int i, String b, int[] wordsB, int j) {
        int length = wordsA[2 * i + 1] - wordsA[2 * i];
        return length == wordsB[2 * j + 1] - wordsB[2 * j] && a.regionMatches(wordsA[2 * i], b, wordsB[2 * j], length);
    }

    /** Runs of words of one kind, each joined by one space, as they are added. */
    private static final class Runs {
        private final List<Segment> done = new ArrayList<>();
        private final StringBuilder run = new StringBuilder();
        private Kind kind;

        void add(Kind wordKind, String text, int[] words, int word) {
            if (wordKind != kind && kind != null) {
                done.add(new Segment(kind, run.toString()));
                run.setLength(0);
            }
            if (run.length() > 0) {
                run.append(' ');
            }
            run.append(text, words[2 * word], words[2 * word + 1]);
            kind = wordKind;
        }

        List<Segment> done() {
            if (kind != null) {
                done.add(new Segment(kind, run.toString()));
            }
            return done;
        }
    }

    /** Where each word starts and ends, one pair of offsets after the other. */
    private static int[] words(String text) {
        int[] words = new int[16];
        int count = 0;
        for (int start = wordStart(text, 0); start < text.length(); start = wordStart(text, start)) {
            int end = wordEnd(text, start);
            if (count + 2 > words.length) {
                words = Arrays.copyOf(words, words.length * 2);
            }
            words[count++] = start;
            words[count++] = end;
            start = end;
        }
        return Arrays.copyOf(words, count);
    }
}
