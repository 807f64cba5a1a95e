package se.medborgarloften.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Organisations by name (templates' {@code orgs}) on the real content. */
class OrganisationsTest {

    private final RealPages real = RealPages.get();

    @Test
    void anOrganisationIsNamedInThePagesLanguage() {
        assertEquals("Lokalpolisområde Malmö norr", real.page("home", "sv").getOrgs().name("lpo-malmo-norr"));
        assertEquals("Malmö Norr local police area", real.page("home", "en").getOrgs().name("lpo-malmo-norr"));
        assertEquals("Polisen och Lokalpolisområde Malmö söder",
                real.page("home", "sv").getOrgs().names(List.of("polisen", "lpo-malmo-soder")));
    }

    @Test
    void aMemberOfAComparisonIsAnOrganisationOrAPersonWhoSignedForNone() {
        Organisations orgs = real.page("home", "en").getOrgs();
        assertEquals("Swedish Police Authority", orgs.memberName("polisen"));
        assertEquals("Anna Andersson", orgs.memberName("person:Anna Andersson"));
        assertEquals("Swedish Police Authority and Anna Andersson", orgs.memberNames(List.of("polisen", "person:Anna Andersson")));
    }
}
