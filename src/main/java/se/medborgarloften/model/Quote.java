package se.medborgarloften.model;

public record Quote(Person person, LocalizedText text) {
}
