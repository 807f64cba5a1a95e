package se.medborgarloften.model;

/**
 * One promise period of an area: the promise, its prose, and its follow-up when one exists. The id is the
 * folder name ("2018", "2024-2025") and part of the period's permanent address.
 */
public record PromisePeriod(String areaId, String id, Promise promise, Prose prose, FollowUp followUp,
                            Prose followUpProse, String sourceFile) {

    public boolean hasFollowUp() {
        return followUp != null;
    }

    public String key() {
        return areaId + "/" + id;
    }
}
