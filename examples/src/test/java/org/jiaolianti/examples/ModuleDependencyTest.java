package org.jiaolianti.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Cross-module dependency rules (ARCHITECTURE.md): examples → adapters → application → domain; seeds → domain. */
class ModuleDependencyTest {

  private final JavaClasses classes = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.jiaolianti");

  @Test
  void domainDependsOnlyOnTheJdkAndGuava() {
    classes().that().resideInAPackage("org.jiaolianti.domain..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.google.common..", "org.jiaolianti.domain..")
        .check(classes);
  }

  @Test
  void applicationDoesNotKnowAdaptersSeedsOrExamples() {
    noClasses().that().resideInAPackage("org.jiaolianti.application..")
        .should().dependOnClassesThat().resideInAnyPackage("org.jiaolianti.adapters..", "org.jiaolianti.seeds..",
            "org.jiaolianti.examples..")
        .check(classes);
  }

  @Test
  void seedsDependOnlyOnTheDomain() {
    noClasses().that().resideInAPackage("org.jiaolianti.seeds..")
        .should().dependOnClassesThat().resideInAnyPackage("org.jiaolianti.application..", "org.jiaolianti.adapters..",
            "org.jiaolianti.examples..")
        .check(classes);
  }

  @Test
  void adaptersDoNotDependOnEachOther() {
    noClasses().that().resideInAPackage("org.jiaolianti.adapters.jdbc..")
        .should().dependOnClassesThat().resideInAPackage("org.jiaolianti.adapters.rest..")
        .allowEmptyShould(true).check(classes);
    noClasses().that().resideInAPackage("org.jiaolianti.adapters.rest..")
        .should().dependOnClassesThat().resideInAPackage("org.jiaolianti.adapters.jdbc..")
        .allowEmptyShould(true).check(classes);
  }

  @Test
  void librariesDoNotPrintOrUseJulLogging() {
    noClasses().that().resideInAnyPackage("org.jiaolianti.domain..", "org.jiaolianti.application..",
            "org.jiaolianti.seeds..", "org.jiaolianti.adapters..")
        .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
        .orShould().dependOnClassesThat().resideInAPackage("java.util.logging..")
        .check(classes);
  }
}
