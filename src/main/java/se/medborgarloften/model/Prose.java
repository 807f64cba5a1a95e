package se.medborgarloften.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The AsciiDoc files that go with one JSON file, one per language (e.g. promise.sv.adoc, promise.en.adoc). */
public record Prose(Map<String, ProseFile> byLanguage) {

    public static final Prose NONE = new Prose(Map.of());

    public Prose {
        byLanguage = Collections.unmodifiableMap(new TreeMap<>(byLanguage));
    }

    public boolean isEmpty() {
        return byLanguage.isEmpty();
    }

    public ProseFile in(String language) {
        return byLanguage.get(language);
    }

    /** One AsciiDoc file: its path relative to the project, the language it is written in and its text. */
    public record ProseFile(String path, String language, String asciidoc) {
    }
}
