package se.medborgarloften.model;

import java.util.List;

public record Quote(Person person, LocalizedText text, List<Passage> passages, LocalizedText editorsNote)
        implements Sourced {
    public Quote {
        passages = Lists.orEmpty(passages);
    }
}
