package se.medborgarloften.plan;

import se.medborgarloften.model.FollowUp;
import se.medborgarloften.model.Promise;
import se.medborgarloften.model.PromisePeriod;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A commitment id that recurs in several periods of one area: its record over the years. */
public record RecurringCommitment(String id, List<Occurrence> occurrences) {

    public RecurringCommitment {
        occurrences = List.copyOf(occurrences);
    }

    /** The commitment in one period, with the follow-up entry when there is one. */
    public record Occurrence(PromisePeriod period, Promise.Commitment commitment, FollowUp.Entry entry) {
    }

    public Promise.Commitment latest() {
        return occurrences.get(occurrences.size() - 1).commitment();
    }

    /** Commitments of an area that appear in at least two periods, in the order they first appear. */
    public static List<RecurringCommitment> of(List<PromisePeriod> periods) {
        Map<String, List<Occurrence>> byId = new LinkedHashMap<>();
        for (PromisePeriod period : periods) {
            for (Promise.Commitment c : period.promise().commitments()) {
                FollowUp.Entry entry = period.hasFollowUp() ? period.followUp().entryFor(c.id()).orElse(null) : null;
                byId.computeIfAbsent(c.id(), id -> new ArrayList<>()).add(new Occurrence(period, c, entry));
            }
        }
        List<RecurringCommitment> recurring = new ArrayList<>();
        byId.forEach((id, occurrences) -> {
            if (occurrences.size() > 1) {
                recurring.add(new RecurringCommitment(id, occurrences));
            }
        });
        return recurring;
    }
}
