package se.medborgarloften.plan;

/** What a redirect page shows: the page an old address now leads to. */
public record RedirectTarget(String from, PlannedPage to) {
}
