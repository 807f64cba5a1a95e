package se.medborgarloften.model;

import java.util.List;

/**
 * An item of a promise or follow-up that a reader may want to trace: the passages of its sources that say it,
 * and what the editors inferred about it when the sources do not say it in so many words. An item has at least
 * one of the two unless its promise is its own source.
 */
public interface Sourced {

    List<Passage> passages();

    LocalizedText editorsNote();

    default boolean hasEditorsNote() {
        return editorsNote() != null;
    }
}
