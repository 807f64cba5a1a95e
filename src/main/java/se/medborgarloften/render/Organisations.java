package se.medborgarloften.render;

import se.medborgarloften.model.Organisation;
import se.medborgarloften.model.Person;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.model.SiteContent;
import se.medborgarloften.plan.PeriodComparison;

import java.util.List;

/** Organisations and people by name in the page's language, which templates read as {@code orgs}. */
public final class Organisations {

    private final SiteContent content;
    private final I18n i18n;

    Organisations(SiteContent content, I18n i18n) {
        this.content = content;
        this.i18n = i18n;
    }

    public Organisation org(String id) {
        return content.organisation(id);
    }

    public String name(String id) {
        return i18n.t(content.organisation(id).name());
    }

    /** "A, B and C". */
    public String names(List<String> ids) {
        return i18n.join(ids.stream().map(this::name).toList());
    }

    /** A name in a comparison of who takes part: an organisation's, or a person's who signed for none. */
    public String memberName(String key) {
        return key.startsWith("person:") ? key.substring("person:".length()) : name(key);
    }

    public String memberNames(List<String> keys) {
        return i18n.join(keys.stream().map(this::memberName).toList());
    }

    /** The people who signed a period's promise for an organisation (or under their own name), "A and B". */
    public String signers(PromisePeriod period, String key) {
        return i18n.join(period.promise().signatories().stream()
                .filter(person -> PeriodComparison.signatoryKey(person).equals(key)).map(Person::name).toList());
    }
}
