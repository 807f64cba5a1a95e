package se.medborgarloften.model;

import java.util.List;

/** A published document that content was taken from. */
public record Source(String id, String kind, LocalizedText title, List<String> publishers, PartialDate published,
                     PartialDate updated, String url, String reference, LocalizedText note) {
    public Source {
        publishers = Lists.orEmpty(publishers);
    }
}
