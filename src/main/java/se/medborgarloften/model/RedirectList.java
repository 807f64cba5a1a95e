package se.medborgarloften.model;

import java.util.List;

/** content/redirects.json: published addresses that now lead to another page. */
public record RedirectList(List<Redirect> redirects) {

    public RedirectList {
        redirects = Lists.orEmpty(redirects);
    }

    /** An old address (e.g. "sv/omraden/gammalt/2018/") and the existing page it leads to. */
    public record Redirect(String from, String to) {
    }
}
