package se.medborgarloften.model;

import java.util.List;

/** content/areas/&lt;area&gt;/area.json */
public record Area(String id, LocalizedText name, LocalizedText city, String municipality, String localPoliceArea,
                   Classification classification, LocalizedText description, List<String> pendingTranslations,
                   List<EditorsNote> editorsNotes) implements Translatable {

    public Area {
        pendingTranslations = Lists.orEmpty(pendingTranslations);
        editorsNotes = Lists.orEmpty(editorsNotes);
    }

    /** The editors' note on one fact of the area (e.g. "localPoliceArea"), or null when the sources state it. */
    public LocalizedText editorsNoteAbout(String fact) {
        for (EditorsNote note : editorsNotes) {
            if (note.about().equals(fact)) {
                return note.text();
            }
        }
        return null;
    }

    /** The police's classification, e.g. a particularly vulnerable area, possibly of only part of the area. */
    public record Classification(String level, LocalizedText part) {
    }
}
