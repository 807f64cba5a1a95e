package se.medborgarloften.plan;

import java.util.ArrayList;
import java.util.List;

/** A word-by-word difference between two texts, as a reader sees changed wording: kept, removed, added. */
public final class WordDiff {

    public enum Kind { SAME, REMOVED, ADDED }

    private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("\\s+");

    /** A run of words with the same kind, including the spaces between them. */
    public record Segment(Kind kind, String text) {
    }

    private WordDiff() {
    }

    public static List<Segment> between(String before, String after) {
        String[] a = words(before);
        String[] b = words(after);
        // Longest common subsequence of words; texts here are sentences, so the table stays small.
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                append(segments, Kind.SAME, a[i]);
                i++;
                j++;
            } else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
                // Removed words come before the words that replace them, as in a marked-up document.
                append(segments, Kind.REMOVED, a[i++]);
            } else {
                append(segments, Kind.ADDED, b[j++]);
            }
        }
        return segments;
    }

    public static boolean same(String before, String after) {
        return java.util.Arrays.equals(words(before), words(after));
    }

    private static void append(List<Segment> segments, Kind kind, String word) {
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).kind() == kind) {
            segments.set(last, new Segment(kind, segments.get(last).text() + " " + word));
        } else {
            segments.add(new Segment(kind, word));
        }
    }

    private static String[] words(String text) {
        String trimmed = text == null ? "" : text.strip();
        return trimmed.isEmpty() ? new String[0] : SPACE.split(trimmed);
    }
}
