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
     * Read from the files' texts, which are kept, rather than from their parsed trees, which are not.
     */
    public List<Diagnostic> translationsThatDiffer() {
        Map<String, Place> first = new java.util.HashMap<>();
        List<Diagnostic> found = new ArrayList<>();
        for (JsonSource source : loaded.json()) {
            Matcher m = PAIR.matcher(source.text());
            int line = 1;
            int counted = 0;
            while (m.find()) {
                String swedish = m.group(1).strip().replaceAll("\\s+", " ");
                if (swedish.split(" ").length < SENTENCE_WORDS) {
                    continue;
                }
                for (; counted < m.start(); counted++) {
                    if (source.text().charAt(counted) == '\n') {
                        line++;
                    }
                }
                String english = m.group(2).strip().replaceAll("\\s+", " ");
                Place earlier = first.putIfAbsent(swedish, new Place(source.path(), line, english));
                if (earlier != null && !earlier.english().equals(english)) {
                    found.add(Diagnostic.warning(source.path(), line, 0, "", Text.of("translation.differs",
                            earlier.file(), earlier.line()), Text.of("translation.differs.hint", earlier.english())));
                }
            }
        }
        return found;
    }

    private record Place(String file, int line, String english) {
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
                ProseShape translation = ProseShape.of(english.text());
                ProseShape expected = ProseShape.of(originalText.text());
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
