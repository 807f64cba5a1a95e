package se.medborgarloften.model;

import java.util.List;

/** content/organisations.json */
public record OrganisationList(List<Organisation> organisations, List<String> pendingTranslations)
        implements Translatable {
    public OrganisationList {
        organisations = Lists.orEmpty(organisations);
        pendingTranslations = Lists.orEmpty(pendingTranslations);
    }
}
