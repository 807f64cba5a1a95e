package se.medborgarloften.model;

/** An actor: the police, a local police area, a city department, an association, a company. */
public record Organisation(String id, String kind, LocalizedText name, String abbreviation, String parent,
                           LocalizedText note) {
}
