package se.medborgarloften.render.view;

import se.medborgarloften.model.LocalizedText;
import se.medborgarloften.model.Promise;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a period's page refers to one of its commitments outside the list that gives its whole wording: by the
 * wording's first words, cut at a word boundary and marked as cut. A page that repeated every wording wherever it
 * names a commitment (its problem, the follow-up's table, the changes) carried each one up to five times. The
 * label is the start of what the source says, so it says nothing new, and it stays a meaningful link text out
 * of context. Where two commitments of the period would get the same label, both keep their whole wording. The
 * editor's choice of a commitment uses the same rule, so staff see a commitment named as readers do.
 */
public final class CommitmentLabels {

    /** A wording this short is its own label: cutting it would save almost nothing. */
    private static final int WHOLE = 60;
    /** Where a longer wording is cut, at the last space before it. */
    private static final int CUT = 55;
    /** Fewer characters than this would not tell the commitments apart. */
    private static final int SHORTEST = 20;
    /** A passage in another language ([.sv]#…#, see render/MarkedText) is kept whole or left out. */
    private static final Pattern PASSAGE = Pattern.compile("\\[\\.[a-z]{2}]#[^#]+#");

    private CommitmentLabels() {
    }

    /** Each commitment's label by its id, in the period's order. */
    static Map<String, LocalizedText> of(List<Promise.Commitment> commitments) {
        Map<String, LocalizedText> labels = new LinkedHashMap<>();
        Map<LocalizedText, String> takenBy = new HashMap<>();
        for (Promise.Commitment c : commitments) {
            labels.put(c.id(), label(c.text()));
        }
        for (Promise.Commitment c : commitments) {
            LocalizedText label = labels.get(c.id());
            String other = takenBy.putIfAbsent(label, c.id());
            if (other != null) {
                labels.put(other, commitments.stream().filter(x -> x.id().equals(other)).findFirst().orElseThrow().text());
                labels.put(c.id(), c.text());
            }
        }
        return labels;
    }

    static LocalizedText label(LocalizedText text) {
        if (text == null) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        text.values().forEach((language, value) -> values.put(language, shortened(value)));
        return new LocalizedText(values);
    }

    /** A wording's first words, cut at a word and marked as cut; a short wording whole. */
    public static String shortened(String text) {
        if (text.length() <= WHOLE) {
            return text;
        }
        int cut = text.lastIndexOf(' ', CUT);
        if (cut < SHORTEST) {
            cut = text.indexOf(' ', CUT);
            if (cut < 0) {
                return text;
            }
        }
        Matcher passage = PASSAGE.matcher(text);
        while (passage.find()) {
            if (passage.start() < cut && cut < passage.end()) {
                cut = passage.start() >= SHORTEST ? passage.start() : passage.end();
                break;
            }
        }
        String head = text.substring(0, cut).replaceAll("[\\s,;:.–—\"“‘«(\\[-]+$", "");
        if (head.length() >= text.replaceAll("[\\s.]+$", "").length()) {
            return text;
        }
        return head + "…";
    }
}
