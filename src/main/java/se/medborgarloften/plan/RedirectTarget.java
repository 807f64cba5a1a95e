package se.medborgarloften.plan;

/**
 * What a redirect page shows: the page an old address now leads to.
 *
 * @param fragment the place on that page to lead to, without "#", or "" for its top
 */
public record RedirectTarget(String from, PlannedPage to, String fragment) {

    public RedirectTarget(String from, PlannedPage to) {
        this(from, to, "");
    }
}
