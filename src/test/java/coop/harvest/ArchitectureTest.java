package coop.harvest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import coop.harvest.platform.Dates;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rules of the README's Layout section, checked on the compiled main classes. Every direct subpackage of
 * {@code coop.harvest} is a component (new ones are covered without being named here), except {@link #NOT_COMPONENTS}:
 * the shared packages {@link #SHARED} (which any component may import, and which depend on no component), the pages'
 * common beans in {@code web} and the start-up {@code demo} data. Every class, components' or not, may use a component
 * only through its {@code boundary} package (never its {@code control} or {@code entity}), and the components may not
 * form a cycle: the way back up is a CDI event declared in the lower component's boundary.
 */
class ArchitectureTest {

    /** Packages that are no business component: plumbing and words every component shares. */
    static final Set<String> SHARED = Set.of("platform", "vocabulary");

    /** Subpackages that are no business component: the shared ones, the pages' common beans, the demo data. */
    static final Set<String> NOT_COMPONENTS = Set.of("platform", "vocabulary", "web", "demo");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("coop.harvest");

    @Test
    void componentsUseEachOtherOnlyThroughTheirBoundaries() {
        onlyThroughBoundaries("coop.harvest").check(MAIN);
    }

    @Test
    void componentsFormNoCycle() {
        noCycles("coop.harvest").check(MAIN);
    }

    @Test
    void sharedPackagesDependOnNoComponent() {
        sharedStayBelow("coop.harvest").check(MAIN);
    }

    /**
     * Times are taken to the microsecond ({@link Dates#now()}), what PostgreSQL's TIMESTAMP keeps: a time answered right
     * after it was stored is then the time a later read gives, on either database.
     */
    @Test
    void timesAreTakenToTheMicrosecond() {
        ArchRuleDefinition.noClasses().that().doNotBelongToAnyOf(Dates.class)
                .should().callMethod(Instant.class, "now")
                .because("PostgreSQL rounds nanoseconds away, so an answer would differ from the stored row")
                .check(MAIN);
    }

    /** The rules themselves fail on a fixture that breaks them (src/test/java/fixture/harvest). */
    @Test
    void rulesCatchViolations() {
        JavaClasses fixture = new ClassFileImporter().importPackages("fixture.harvest");
        EvaluationResult reach = onlyThroughBoundaries("fixture.harvest").evaluate(fixture);
        assertTrue(reach.hasViolation(), "an import of another component's entity must fail");
        assertTrue(reach.getFailureReport().toString().contains("fixture.harvest.alpha.entity.Crate"),
                reach.getFailureReport().toString());
        assertTrue(noCycles("fixture.harvest").evaluate(fixture).hasViolation(), "a cycle must fail");
        JavaClasses clean = new ClassFileImporter().importPackages("fixture.harvest.alpha");
        assertFalse(onlyThroughBoundaries("fixture.harvest").evaluate(clean).hasViolation(),
                "a component may use its own entity");
    }

    static ArchRule onlyThroughBoundaries(String root) {
        Pattern inner = Pattern.compile(Pattern.quote(root) + "\\.(\\w+)\\.(control|entity)(\\..*)?");
        return ArchRuleDefinition.classes().that().resideInAPackage(root + "..")
                .should(new ArchCondition<JavaClass>("use other components only through their boundary") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String own = component(root, origin.getPackageName()).orElse("");
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            Matcher target = inner.matcher(dependency.getTargetClass().getPackageName());
                            if (target.matches() && !target.group(1).equals(own)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                        + " reaches into component " + target.group(1) + "'s " + target.group(2)));
                            }
                        }
                    }
                }).allowEmptyShould(true);
    }

    static ArchRule noCycles(String root) {
        return SlicesRuleDefinition.slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                return component(root, javaClass.getPackageName()).filter(c -> !NOT_COMPONENTS.contains(c))
                        .map(SliceIdentifier::of).orElse(SliceIdentifier.ignore());
            }

            @Override
            public String getDescription() {
                return "components (direct subpackages of " + root + " but " + NOT_COMPONENTS + ")";
            }
        }).should().beFreeOfCycles().allowEmptyShould(true);
    }

    static ArchRule sharedStayBelow(String root) {
        return ArchRuleDefinition.noClasses().that(inShared(root)).should().dependOnClassesThat(
                new DescribedPredicate<JavaClass>("belong to a component") {
                    @Override
                    public boolean test(JavaClass target) {
                        return component(root, target.getPackageName()).filter(c -> !SHARED.contains(c)).isPresent();
                    }
                }).allowEmptyShould(true);
    }

    private static DescribedPredicate<JavaClass> inShared(String root) {
        return new DescribedPredicate<>("are in " + SHARED) {
            @Override
            public boolean test(JavaClass c) {
                return component(root, c.getPackageName()).filter(SHARED::contains).isPresent();
            }
        };
    }

    /** The direct subpackage of {@code root} that holds the package, if any. */
    static Optional<String> component(String root, String packageName) {
        if (!packageName.startsWith(root + ".")) {
            return Optional.empty();
        }
        String rest = packageName.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
