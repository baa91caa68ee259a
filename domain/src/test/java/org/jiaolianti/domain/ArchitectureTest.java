package org.jiaolianti.domain;

import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.Set;
import org.jiaolianti.domain.archfixture.Violations;
import org.junit.jupiter.api.Test;

/**
 * The domain's architecture rules (ARCHITECTURE.md "Modules", "Domain modelling", "Tests"), as plain
 * JUnit tests. Each rule is also run against deliberate violations so that it cannot pass vacuously.
 */
class ArchitectureTest {

  private static final String DOMAIN = "org.jiaolianti.domain..";
  private static final String BETA = "com.google.common.annotations.Beta";

  private static final JavaClasses DOMAIN_CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.jiaolianti.domain");

  private static final JavaClasses VIOLATIONS = new ClassFileImporter().importClasses(
      Violations.ReadsTheClock.class, Violations.PrintsToTheConsole.class, Violations.UsesJavaUtilLogging.class,
      Violations.UsesABetaClass.class, Violations.CallsABetaMethod.class, Violations.DependsOnATestLibrary.class);

  /** The domain is pure rules: JDK and Guava only. */
  static final ArchRule DOMAIN_DEPENDS_ONLY_ON_JDK_AND_GUAVA = classes().that().resideInAPackage(DOMAIN)
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.google.common..", DOMAIN)
      .because("the domain is pure rules: JDK + Guava only (ARCHITECTURE.md)");

  private static final Set<String> CLOCK_READS = Set.of("now", "systemUTC", "systemDefaultZone", "currentTimeMillis",
      "nanoTime");

  private static final DescribedPredicate<JavaMethodCall> READS_THE_WALL_CLOCK = DescribedPredicate.describe(
      "read the wall clock (java.time *.now(), Clock.system*(), System.currentTimeMillis()/nanoTime())", call -> {
        String owner = call.getTarget().getOwner().getName();
        String name = call.getTarget().getName();
        return CLOCK_READS.contains(name) && (owner.startsWith("java.time.") || owner.equals("java.lang.System"));
      });

  /** No now() in the domain: pass a Clock or an Instant. */
  static final ArchRule NO_WALL_CLOCK = noClasses().that().resideInAPackage(DOMAIN)
      .should().callMethodWhere(READS_THE_WALL_CLOCK)
      .because("the domain takes a Clock or an Instant (ARCHITECTURE.md \"Domain modelling\")");

  static final ArchRule NO_STANDARD_STREAMS = noClasses().that().resideInAPackage(DOMAIN)
      .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
      .because("libraries do not print to System.out or System.err");

  /** Stricter than GeneralCodingRules.USE_JAVA_UTIL_LOGGING, which only catches Logger fields being set. */
  static final ArchRule NO_JAVA_UTIL_LOGGING = noClasses().that().resideInAPackage(DOMAIN)
      .should().dependOnClassesThat().resideInAPackage("java.util.logging..")
      .because("libraries do not use java.util.logging");

  static final ArchRule NO_GUAVA_BETA = noClasses().that().resideInAPackage(DOMAIN)
      .should().dependOnClassesThat(annotatedWithBeta())
      .orShould().accessTargetWhere(target(annotatedWith(BETA)))
      .because("Guava @Beta APIs may change or disappear in any release");

  private static DescribedPredicate<JavaClass> annotatedWithBeta() {
    return DescribedPredicate.describe("are annotated with @Beta", c -> c.isAnnotatedWith(BETA));
  }

  @Test
  void theDomainDependsOnlyOnTheJdkGuavaAndItself() {
    assertThat(DOMAIN_CLASSES).isNotEmpty();
    DOMAIN_DEPENDS_ONLY_ON_JDK_AND_GUAVA.check(DOMAIN_CLASSES);
  }

  @Test
  void theDomainNeverReadsTheWallClock() {
    NO_WALL_CLOCK.check(DOMAIN_CLASSES);
  }

  @Test
  void theDomainDoesNotPrintToTheConsole() {
    NO_STANDARD_STREAMS.check(DOMAIN_CLASSES);
  }

  @Test
  void theDomainDoesNotUseJavaUtilLogging() {
    NO_JAVA_UTIL_LOGGING.check(DOMAIN_CLASSES);
  }

  @Test
  void theDomainUsesNoGuavaBetaApi() {
    NO_GUAVA_BETA.check(DOMAIN_CLASSES);
  }

  @Test
  void theMainClassesAreImportedWithoutTestCode() {
    assertThat(DOMAIN_CLASSES.contain("org.jiaolianti.domain.policy.Policy")).isTrue();
    assertThat(DOMAIN_CLASSES.contain(ArchitectureTest.class)).isFalse();
    assertThat(DOMAIN_CLASSES.contain(Violations.ReadsTheClock.class)).isFalse();
  }

  /** Each rule, run on classes that break it, reports the violation (so none passes vacuously). */
  @Test
  void eachRuleCatchesWhatItForbids() {
    assertViolatedBy(DOMAIN_DEPENDS_ONLY_ON_JDK_AND_GUAVA, Violations.DependsOnATestLibrary.class, "org.assertj");
    assertViolatedBy(NO_WALL_CLOCK, Violations.ReadsTheClock.class, "Instant.now()");
    assertViolatedBy(NO_WALL_CLOCK, Violations.ReadsTheClock.class, "Clock.systemUTC()");
    assertViolatedBy(NO_WALL_CLOCK, Violations.ReadsTheClock.class, "System.currentTimeMillis()");
    assertViolatedBy(NO_STANDARD_STREAMS, Violations.PrintsToTheConsole.class, "System.out");
    assertViolatedBy(NO_JAVA_UTIL_LOGGING, Violations.UsesJavaUtilLogging.class, "java.util.logging");
    assertViolatedBy(NO_GUAVA_BETA, Violations.UsesABetaClass.class, "RateLimiter");
    assertViolatedBy(NO_GUAVA_BETA, Violations.CallsABetaMethod.class, "Streams.stream(java.util.OptionalInt)");
  }

  private static void assertViolatedBy(ArchRule rule, Class<?> offender, String detail) {
    EvaluationResult result = rule.evaluate(VIOLATIONS);
    assertThat(result.hasViolation()).as("%s catches %s", rule.getDescription(), offender.getSimpleName()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .as("%s names %s", rule.getDescription(), detail)
        .anyMatch(line -> line.contains(offender.getName()) && line.contains(detail));
  }
}
