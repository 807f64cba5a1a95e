package se.medborgarloften.model;

/** What the editors inferred about one fact of a file (named by its field, e.g. "localPoliceArea"), and why. */
public record EditorsNote(String about, LocalizedText text) {
}
