package se.medborgarloften.model;

import java.time.LocalDate;

/**
 * One promise period of an area: the promise, its prose, and its follow-up when one exists. The id is the
 * folder name ("2018", "2024-2025") and part of the period's permanent address.
 */
public record PromisePeriod(String areaId, String id, Promise promise, Prose prose, FollowUp followUp,
                            Prose followUpProse, String sourceFile) {

    public boolean hasFollowUp() {
        return followUp != null;
    }

    /**
     * A commitment's follow-up on the given day (the build's reference date): the status its published follow-up
     * entry gives, or else what the archive holds instead; never a status no published follow-up gives it.
     */
    public CommitmentState statusOf(String commitmentId, LocalDate asOf) {
        String status = followUp == null ? null : followUp.entryFor(commitmentId).map(FollowUp.Entry::status).orElse(null);
        return new CommitmentState(status, followUpState(asOf));
    }

    /** What this archive can say of the period's follow-up on the given day (the build's reference date). */
    public FollowUpState followUpState(LocalDate asOf) {
        return FollowUpState.of(this, asOf);
    }

    public String key() {
        return areaId + "/" + id;
    }
}
