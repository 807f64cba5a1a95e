package se.medborgarloften.plan;

import java.util.ArrayList;
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
        List<String> a = words(before);
        List<String> b = words(after);
        // The words both texts start and end with are kept as they are; only the middle needs the table.
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<Segment> segments = new ArrayList<>();
        appendAll(segments, Kind.SAME, a.subList(0, head));
        middle(segments, a.subList(head, a.size() - tail), b.subList(head, b.size() - tail));
        appendAll(segments, Kind.SAME, a.subList(a.size() - tail, a.size()));
        return merged(segments);
    }

    /** Whether two texts have the same words, whatever the spacing between them. */
    public static boolean same(String before, String after) {
        // Compared in place: every pair of periods of every area compares every commitment.
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
     * {@link Character#isWhitespace(char)}, answered for Latin-1 without a table look-up: every comparison page
     * walks every text of both periods a character at a time.
     */
    static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        return Character.isWhitespace(c);
    }

    private static void middle(List<Segment> segments, List<String> a, List<String> b) {
        // Longest common subsequence of words; texts here are sentences, so the table stays small.
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                segments.add(new Segment(Kind.SAME, a.get(i)));
                i++;
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                // Removed words come before the words that replace them, as in a marked-up document.
                segments.add(new Segment(Kind.REMOVED, a.get(i++)));
            } else {
                segments.add(new Segment(Kind.ADDED, b.get(j++)));
            }
        }
    }

    private static void appendAll(List<Segment> segments, Kind kind, List<String> words) {
        words.forEach(word -> segments.add(new Segment(kind, word)));
    }

    /** Runs of words of one kind joined into one segment. */
    private static List<Segment> merged(List<Segment> words) {
        List<Segment> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Kind kind = null;
        for (Segment word : words) {
            if (word.kind() != kind && kind != null) {
                runs.add(new Segment(kind, run.toString()));
                run.setLength(0);
            }
            if (run.length() > 0) {
                run.append(' ');
            }
            run.append(word.text());
            kind = word.kind();
        }
        if (kind != null) {
            runs.add(new Segment(kind, run.toString()));
        }
        return runs;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        String t = text == null ? "" : text;
        for (int start = wordStart(t, 0); start < t.length(); start = wordStart(t, start)) {
            int end = wordEnd(t, start);
            words.add(t.substring(start, end));
            start = end;
        }
        return words;
    }
}
