package se.medborgarloften.render.jbake;

import org.jbake.model.DocumentModel;

/**
 * A JBake document for one planned page. JBake's renderer looks documents up in lists by equality; a
 * HashMap's equality compares every entry, so identity keeps those look-ups cheap.
 */
final class PlannedDocument extends DocumentModel {

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
