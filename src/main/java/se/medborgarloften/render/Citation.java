package se.medborgarloften.render;

import se.medborgarloften.model.Source;

/** Where a passage of an item stands: the link to its first line on its source's page, the line, the source. */
public record Citation(String href, int line, Source source) {
}
