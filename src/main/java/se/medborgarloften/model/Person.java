package se.medborgarloften.model;

import java.util.List;

/** A named person: a signatory or the speaker of a quote. */
public record Person(String name, LocalizedText title, String organisation, LocalizedText affiliation,
                     List<Passage> passages, LocalizedText editorsNote) implements Sourced {
    public Person {
        passages = Lists.orEmpty(passages);
    }
}
