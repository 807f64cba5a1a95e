package se.medborgarloften.model;

import java.util.List;

/** A content file that may declare languages whose translation is not written yet. */
public interface Translatable {

    List<String> pendingTranslations();

    default boolean translationPending(String language) {
        return pendingTranslations().contains(language);
    }
}
