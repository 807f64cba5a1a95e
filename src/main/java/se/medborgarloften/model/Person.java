package se.medborgarloften.model;

/** A named person: a signatory or the speaker of a quote. */
public record Person(String name, LocalizedText title, String organisation, LocalizedText affiliation) {
}
