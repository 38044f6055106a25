package org.koryu.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules the architecture stands on, checked on the compiled classes. */
@AnalyzeClasses(packages = "org.koryu", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] TYPE_PACKAGES = {"org.koryu.event..", "org.koryu.report..", "org.koryu.municipality..",
            "org.koryu.venue..", "org.koryu.notice..", "org.koryu.media.."};

    @ArchTest
    static final ArchRule theEngineIsPlainJava = classes().that().resideInAPackage("org.koryu.workflow.engine..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.koryu.workflow.engine..")
            .because("the workflow engine is unit-tested in milliseconds, without a container");

    @ArchTest
    static final ArchRule theCoreKnowsTypesOnlyThroughTheSpi = noClasses()
            .that().resideInAnyPackage("org.koryu.content..", "org.koryu.workflow..", "org.koryu.delivery..",
                    "org.koryu.search..", "org.koryu.accounts..", "org.koryu.platform..")
            .should().dependOnClassesThat().resideInAnyPackage(TYPE_PACKAGES)
            .because("adding a content type means adding a package, not editing the core");

    @ArchTest
    static final ArchRule mediaServesTypesWithoutKnowingThem = noClasses().that().resideInAPackage("org.koryu.media..")
            .should().dependOnClassesThat().resideInAnyPackage("org.koryu.event..", "org.koryu.report..",
                    "org.koryu.municipality..", "org.koryu.venue..", "org.koryu.notice..")
            .because("events and reports show uploaded images; a new type may too, without changing media");

    @ArchTest
    static final ArchRule facesBeansDelegate = noClasses().that().resideInAPackage("org.koryu.editor..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.transaction..", "java.sql..")
            .because("Faces beans hold view state and delegate; queries, rules and transactions live in services");
}
