package org.jiaolianti.application;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The hexagon's rules inside the application module (main classes only). */
@AnalyzeClasses(packages = "org.jiaolianti.application", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** Use cases and out-ports are interfaces; their nested command and result records are fine. */
  @ArchTest
  static final ArchRule portsAreInterfaces = classes()
      .that().resideInAnyPackage("..port.in..", "..port.out..")
      .and().areTopLevelClasses()
      .and().doNotHaveSimpleName("package-info")
      .should().beInterfaces();

  @ArchTest
  static final ArchRule applicationDoesNotDependOnAdapters = noClasses()
      .that().resideInAPackage("org.jiaolianti.application..")
      .should().dependOnClassesThat().resideInAPackage("org.jiaolianti.adapters..");

  /** Services and ports know nothing of the reference adapters; only the adapters themselves do. */
  @ArchTest
  static final ArchRule onlyTheInMemoryAdaptersKnowThemselves = noClasses()
      .that().resideInAPackage("org.jiaolianti.application..")
      .and().resideOutsideOfPackage("org.jiaolianti.application.inmemory..")
      .should().dependOnClassesThat().resideInAPackage("org.jiaolianti.application.inmemory..");

  @ArchTest
  static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  @ArchTest
  static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
