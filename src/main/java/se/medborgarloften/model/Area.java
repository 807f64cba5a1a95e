package se.medborgarloften.model;

import java.util.List;

/** content/areas/&lt;area&gt;/area.json */
public record Area(String id, LocalizedText name, LocalizedText city, String municipality, String localPoliceArea,
                   Classification classification, LocalizedText description, List<String> pendingTranslations)
        implements Translatable {

    public Area {
        pendingTranslations = Lists.orEmpty(pendingTranslations);
    }

    /** The police's classification, e.g. a particularly vulnerable area, possibly of only part of the area. */
    public record Classification(String level, LocalizedText part) {
    }
}
