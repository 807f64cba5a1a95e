package se.medborgarloften.plan;

import se.medborgarloften.model.Organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Organisations as content/organisations.json draws them: a tree through {@code parent}. Who takes part is
 * compared through it: the Police take part in a promise that their local police area signed, and a
 * department's parent, the city, is not "gone" from a promise that names the department. An organisation the
 * content does not know (a reference the validator would have refused) has no relatives.
 */
public final class OrganisationTree {

    private final Map<String, Organisation> byId;

    public OrganisationTree(Map<String, Organisation> byId) {
        this.byId = byId;
    }

    /** Whether {@code unit} lies below {@code organisation} in the tree (not the organisation itself). */
    public boolean isUnitOf(String unit, String organisation) {
        Organisation o = byId.get(unit);
        // Bounded by the number of organisations, so that a cycle (which the validator refuses) cannot hang a build.
        for (int steps = 0; o != null && o.parent() != null && steps <= byId.size(); steps++) {
            if (o.parent().equals(organisation)) {
                return true;
            }
            o = byId.get(o.parent());
        }
        return false;
    }

    /** Whether one of the two lies below the other. */
    public boolean related(String one, String other) {
        return !one.equals(other) && (isUnitOf(one, other) || isUnitOf(other, one));
    }

    /** Those of {@code among}, in their order, that lie below or above {@code id}. */
    public List<String> relatives(String id, Collection<String> among) {
        List<String> found = new ArrayList<>();
        for (String other : among) {
            if (related(id, other)) {
                found.add(other);
            }
        }
        return found;
    }
}
