package se.medborgarloften.validate;

import se.medborgarloften.diagnostics.Diagnostic;
import se.medborgarloften.diagnostics.SourcePosition;
import se.medborgarloften.diagnostics.Text;
import se.medborgarloften.model.ContentHistory;
import se.medborgarloften.load.JsonSource;
import se.medborgarloften.load.LoadedContent;
import se.medborgarloften.load.ProseSource;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.model.SiteContent;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What is allowed but probably forgotten: a period that ended more than three months ago without a
 * follow-up, a follow-up without the date it was published (which no yearly archive can then list), an
 * English text older than its Swedish original, a promise without its source document.
 * Warnings do not stop the build unless it runs with --strict.
 */
public final class ContentWarnings {

    private static final int FOLLOW_UP_GRACE_MONTHS = 3;

    private final LoadedContent loaded;
    private final LocalDate today;

    public ContentWarnings(LoadedContent loaded, LocalDate today) {
        this.loaded = loaded;
        this.today = today;
    }

    public List<Diagnostic> check(SiteContent content) {
        List<Diagnostic> found = new ArrayList<>();
        Map<String, JsonSource> byPath = loaded.json().stream()
                .collect(Collectors.toMap(JsonSource::path, Function.identity(), (a, b) -> a));
        YearMonth deadline = YearMonth.from(today).minusMonths(FOLLOW_UP_GRACE_MONTHS);
        for (PromisePeriod period : content.allPeriods()) {
            JsonSource source = byPath.get(period.sourceFile());
            var end = period.promise().period().end();
            if (!period.hasFollowUp() && YearMonth.of(end.year(), end.lastMonth()).isBefore(deadline)) {
                found.add(warning(period.sourceFile(), source == null ? SourcePosition.UNKNOWN : source.locate("/period/end"),
                        "/period/end", Text.of("followUp.overdue", end, period.key()), Text.of("followUp.overdue.hint", period.areaId() + " " + period.id())));
            }
            if (period.hasFollowUp() && period.followUp().published() == null) {
                String followUp = period.sourceFile().replace("promise.json", "follow-up.json");
                JsonSource followUpSource = byPath.get(followUp);
                found.add(warning(followUp, followUpSource == null ? SourcePosition.UNKNOWN : followUpSource.locate(""),
                        "/published", Text.of("followUp.undated"), Text.of("followUp.undated.hint")));
            }
            if (period.promise().sources().isEmpty()) {
                found.add(warning(period.sourceFile(), source == null ? SourcePosition.UNKNOWN : source.locate("/sources"),
                        "/sources", Text.of("sources.empty"), Text.of("sources.empty.hint")));
            }
        }
        found.addAll(translationsBehind());
        found.addAll(translationsThatDiffer());
        return found;
    }

    /** A text pair as JSON files write it, Swedish first: "sv": "…", "en": "…". */
    private static final Pattern PAIR = Pattern.compile(
            "\"sv\"\\s*:\\s*\"((?:[^\"\\\\]++|\\\\.)*+)\"\\s*,\\s*\"en\"\\s*:\\s*\"((?:[^\"\\\\]++|\\\\.)*+)\"");
    /** Labels of a word or three may rightly read differently in different places; sentences may not. */
    private static final int SENTENCE_WORDS = 4;

    /**
     * The same Swedish sentence translated two ways: a reader comparing two pages, or two years, would take the
     * two English texts for two different statements. The later place is warned of, naming the first.
     * Read from the files' texts, which are kept, rather than from their parsed trees, which are not. Each file's
     * sentences are compared by a 64-bit digest of their words (kept per file while the file is unchanged, see
     * {@link #sentencesOf}), and written out only where a warning names them, each file read again once: the
     * texts of all sentences, kept for the comparison, grew with the content, and making them again on every
     * rebuild of the live preview was most of its work (the README's profile).
     */
    public List<Diagnostic> translationsThatDiffer() {
        Map<Long, Place> first = new java.util.HashMap<>();
        List<Place[]> differing = new ArrayList<>();
        for (JsonSource source : loaded.json()) {
            Sentences sentences = sentencesOf(source);
            for (int i = 0; i < sentences.lines().length; i++) {
                Place place = new Place(sentences, i);
                Place earlier = first.putIfAbsent(sentences.swedish()[i], place);
                if (earlier != null && earlier.english() != place.english()) {
                    differing.add(new Place[] {earlier, place});
                }
            }
        }
        // The texts of the sentences warned of, each file read once for all of its own.
        Map<Sentences, java.util.BitSet> needed = new java.util.IdentityHashMap<>();
        for (Place[] pair : differing) {
            for (Place place : pair) {
                needed.computeIfAbsent(place.sentences(), k -> new java.util.BitSet()).set(place.index());
            }
        }
        needed.forEach(ContentWarnings::write);
        List<Diagnostic> found = new ArrayList<>();
        for (Place[] pair : differing) {
            String[] before = pair[0].texts();
            String[] now = pair[1].texts();
            // Two Swedish sentences with one digest would be a coincidence of 1 in 2^64: warned of only when they read alike.
            if (before[0].equals(now[0]) && !before[1].equals(now[1])) {
                found.add(Diagnostic.warning(pair[1].sentences().path(), pair[1].line(), 0, "", Text.of("translation.differs",
                        pair[0].sentences().path(), pair[0].line()), Text.of("translation.differs.hint", before[1])));
            }
        }
        return found;
    }

    /** The sentence of a file at an index. */
    private record Place(Sentences sentences, int index) {
        long english() {
            return sentences.english()[index];
        }

        int line() {
            return sentences.lines()[index];
        }

        String[] texts() {
            synchronized (sentences) {
                return sentences.texts()[index];
            }
        }
    }

    /**
     * A file's Swedish sentences of at least {@link #SENTENCE_WORDS} words: digests of each and of its English,
     * its line, and the two texts of those a warning has named (null for the others).
     */
    private record Sentences(String path, String text, long[] swedish, long[] english, int[] lines, String[][] texts) {
    }

    /** By file while its text is the same: the live preview keeps an unchanged file's source from build to build. */
    private static final Map<JsonSource, Sentences> SENTENCES =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static Sentences sentencesOf(JsonSource source) {
        Sentences kept = SENTENCES.get(source);
        if (kept != null && kept.text() == source.text()) {
            return kept;
        }
        String text = source.text();
        long[] swedish = new long[16];
        long[] english = new long[16];
        int[] lines = new int[16];
        int count = 0;
        Matcher m = PAIR.matcher(text);
        int line = 1;
        int counted = 0;
        while (m.find()) {
            if (words(text, m.start(1), m.end(1)) < SENTENCE_WORDS) {
                continue;
            }
            for (int nl = text.indexOf('\n', counted); nl >= 0 && nl < m.start(); nl = text.indexOf('\n', nl + 1)) {
                line++;
            }
            counted = m.start();
            if (count == lines.length) {
                swedish = java.util.Arrays.copyOf(swedish, count * 2);
                english = java.util.Arrays.copyOf(english, count * 2);
                lines = java.util.Arrays.copyOf(lines, count * 2);
            }
            swedish[count] = digest(text, m.start(1), m.end(1));
            english[count] = digest(text, m.start(2), m.end(2));
            lines[count] = line;
            count++;
        }
        Sentences sentences = new Sentences(source.path(), text, java.util.Arrays.copyOf(swedish, count),
                java.util.Arrays.copyOf(english, count), java.util.Arrays.copyOf(lines, count), new String[count][]);
        SENTENCES.put(source, sentences);
        return sentences;
    }

    /** Writes out the texts of the file's sentences at these indexes that are not written yet, reading the file once. */
    private static void write(Sentences sentences, java.util.BitSet indexes) {
        synchronized (sentences) {
            if (indexes.stream().allMatch(i -> sentences.texts()[i] != null)) {
                return;
            }
            Matcher m = PAIR.matcher(sentences.text());
            int index = 0;
            while (m.find() && index < sentences.texts().length) {
                if (words(sentences.text(), m.start(1), m.end(1)) < SENTENCE_WORDS) {
                    continue;
                }
                if (indexes.get(index) && sentences.texts()[index] == null) {
                    sentences.texts()[index] = new String[] {normalized(m.group(1)), normalized(m.group(2))};
                }
                index++;
            }
        }
    }

    /** Each prose text's shape while the text is kept: the live preview keeps an unchanged file's text from build to build. */
    private static final Map<String, ProseShape> SHAPES = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static ProseShape shapeOf(String text) {
        ProseShape shape = SHAPES.get(text);
        if (shape == null) {
            shape = ProseShape.of(text);
            SHAPES.put(text, shape);
        }
        return shape;
    }

    /** As the warning compares texts: without whitespace at either end, each run of it inside one space. */
    private static String normalized(String text) {
        return WHITESPACE.matcher(text.strip()).replaceAll(" ");
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** Whether a character is in the regular expression class \s, whose runs inside a text count as one space. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Where text[from, to) starts once the white space {@link #normalized} strips is left out. */
    private static int trimmedStart(String text, int from, int to) {
        int start = from;
        while (start < to && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /** Where text[start, to) ends once the white space {@link #normalized} strips is left out. */
    private static int trimmedEnd(String text, int start, int to) {
        int end = to;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** The words of text[from, to) {@link #normalized} would give, split at its spaces, without making it. */
    private static int words(String text, int from, int to) {
        int start = trimmedStart(text, from, to);
        int end = trimmedEnd(text, start, to);
        int words = 1;
        boolean inSpace = false;
        for (int i = start; i < end; i++) {
            boolean isSpace = space(text.charAt(i));
            if (isSpace && !inSpace) {
                words++;
            }
            inSpace = isSpace;
        }
        return words;
    }

    /** A 64-bit digest (FNV-1a) of text[from, to) as {@link #normalized} would write it. */
    private static long digest(String text, int from, int to) {
        int start = trimmedStart(text, from, to);
        int end = trimmedEnd(text, start, to);
        long hash = 0xcbf29ce484222325L;
        boolean inSpace = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean isSpace = space(c);
            if (isSpace && inSpace) {
                continue;
            }
            inSpace = isSpace;
            hash = (hash ^ (isSpace ? ' ' : c)) * 0x100000001b3L;
        }
        return hash;
    }

    /**
     * Translations that have probably not caught up with their original: committed before the original's last
     * change, or made of fewer or more parts (paragraphs, list items, headings) than the original.
     */
    public List<Diagnostic> translationsBehind() {
        ContentHistory history = loaded.history();
        Map<String, ProseSource> byPath = loaded.prose().stream()
                .collect(Collectors.toMap(ProseSource::path, Function.identity(), (a, b) -> a));
        List<Diagnostic> found = new ArrayList<>();
        for (ProseSource english : loaded.prose()) {
            if (english.language().equals("sv")) {
                continue;
            }
            String swedish = english.path().replace("." + english.language() + ".adoc", ".sv.adoc");
            LocalDate translated = history.lastChanged().get(english.path());
            LocalDate original = history.lastChanged().get(swedish);
            if (translated != null && original != null && translated.isBefore(original)) {
                found.add(warning(english.path(), SourcePosition.UNKNOWN, "",
                        Text.of("translation.stale", english.path(), translated, swedish, original), Text.of("translation.stale.hint")));
            }
            ProseSource originalText = byPath.get(swedish);
            if (originalText != null) {
                ProseShape translation = shapeOf(english.text());
                ProseShape expected = shapeOf(originalText.text());
                // An empty translation is an error of its own (TranslationRules).
                if (!translation.equals(expected) && !translation.isEmpty()) {
                    found.add(warning(english.path(), SourcePosition.UNKNOWN, "", Text.of("translation.shape",
                            translation.paragraphs(), translation.listItems(), translation.headings(), swedish,
                            expected.paragraphs(), expected.listItems(), expected.headings()),
                            Text.of("translation.shape.hint", swedish)));
                }
            }
        }
        return found;
    }

    private static Diagnostic warning(String file, SourcePosition at, String field, Text message, Text hint) {
        return Diagnostic.warning(file, at.line(), at.column(), field, message, hint);
    }
}
