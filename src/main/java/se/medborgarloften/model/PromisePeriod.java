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

    /** A commitment's follow-up status; without a follow-up entry it is "not-followed-up", never "not-done". */
    public String statusOf(String commitmentId) {
        if (followUp == null) {
            return "not-followed-up";
        }
        return followUp.entryFor(commitmentId).map(FollowUp.Entry::status).orElse("not-followed-up");
    }

    public String key() {
        return areaId + "/" + id;
    }
}
