package se.medborgarloften.render;

import java.util.ArrayList;
import java.util.List;

/**
 * One CSV table of the open data: its file name and columns. The writer and the page that documents the
 * columns both use this list, so the documentation cannot drift from the files.
 *
 * @param localized columns that appear once per language, as name_sv, name_en …
 */
public record OpenDataTable(String name, List<String> columns, List<String> localized) {

    public static final List<OpenDataTable> ALL = List.of(
            new OpenDataTable("areas", List.of("area", "name*", "city*", "local_police_area", "classification",
                    "classification_part*", "periods", "url*"), List.of("name", "city", "classification_part", "url")),
            new OpenDataTable("promises", List.of("area", "period", "start", "end", "title*", "local_police_area",
                    "parties", "published", "signing", "problem_count", "commitment_count", "followed_up", "follow_up_state",
                    "as_of", "url*", "editors_notes*"),
                    List.of("title", "url", "editors_notes")),
            new OpenDataTable("problems", List.of("area", "period", "problem", "title*", "desired_effect_label*",
                    "desired_effect*", "editors_note*"), List.of("title", "desired_effect_label", "desired_effect",
                    "editors_note")),
            new OpenDataTable("commitments", List.of("area", "period", "commitment", "section", "actors", "text*",
                    "target_comparator", "target_value", "target_unit*", "problems", "status", "follow_up_state", "as_of",
                    "outcome_value", "outcome*", "follow_up_kind", "follow_up_date", "editors_note*"),
                    List.of("text", "target_unit", "outcome", "editors_note")),
            new OpenDataTable("follow-ups", List.of("area", "period", "published", "by", "kinds", "entry_count",
                    "finding_count"), List.of()));

    /** The file name, e.g. commitments.csv. */
    public String file() {
        return name + ".csv";
    }

    /** The header of the CSV file for these languages: "title*" becomes title_sv, title_en. */
    public List<String> header(List<String> languages) {
        List<String> header = new ArrayList<>();
        for (String column : columns) {
            if (column.endsWith("*")) {
                String base = column.substring(0, column.length() - 1);
                languages.forEach(lang -> header.add(base + "_" + lang));
            } else {
                header.add(column);
            }
        }
        return header;
    }

    /** The column names without the language marker, for the documentation. */
    public List<String> baseColumns() {
        return columns.stream().map(c -> c.endsWith("*") ? c.substring(0, c.length() - 1) : c).toList();
    }

    public boolean isLocalized(String column) {
        return localized.contains(column);
    }
}
