package se.medborgarloften.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The build's package graph, as the README's "How the build works" draws it: leaf packages, then the stages
 * load → validate → plan → render → publish, then the generator that runs them, then the programs that use it.
 * A package may use its own tier and the tiers before it, never one after it; no two packages use each other,
 * also through others; only the JBake seam sees JBake.
 */
class PackageGraphTest {

    private static final String ROOT = "se.medborgarloften";

    /** In order; a package may depend only on packages of its own tier or an earlier one. */
    private static final List<List<String>> TIERS = List.of(
            List.of("model", "diagnostics", "support", "output", "incremental"),
            List.of("load"),
            List.of("validate"),
            List.of("plan"),
            List.of("render"),
            List.of("publish"),
            List.of("generator"),
            List.of("scaffold", "editor", "preview", "cli"));

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void everyPackageIsInATier() {
        List<String> known = TIERS.stream().flatMap(List::stream).toList();
        List<String> unplaced = classes.stream()
                .map(c -> c.getPackageName())
                .filter(p -> p.startsWith(ROOT + "."))
                .map(p -> p.substring(ROOT.length() + 1).split("\\.")[0])
                .distinct()
                .filter(p -> !known.contains(p))
                .sorted()
                .toList();
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), unplaced,
                "packages missing from the tiers of PackageGraphTest and the README's drawing");
    }

    @Test
    void noPackageUsesALaterTier() {
        for (int tier = 0; tier < TIERS.size() - 1; tier++) {
            List<String> later = new ArrayList<>();
            TIERS.subList(tier + 1, TIERS.size()).forEach(t -> t.forEach(p -> later.add(ROOT + "." + p + "..")));
            String[] own = TIERS.get(tier).stream().map(p -> ROOT + "." + p + "..").toArray(String[]::new);
            ArchRule rule = noClasses().that().resideInAnyPackage(own)
                    .should().dependOnClassesThat().resideInAnyPackage(later.toArray(String[]::new))
                    .because("the stages run in order, and an earlier one cannot know what a later one makes");
            rule.check(classes);
        }
    }

    @Test
    void noPackagesUseEachOther() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheSeamSeesJBake() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".render.jbake")
                .should().dependOnClassesThat().resideInAnyPackage("org.jbake..")
                .because("JBake is used through its extension points behind one seam, render.jbake")
                .check(classes);
    }
}
