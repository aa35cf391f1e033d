package com.settle.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Dependencies point inward: ui and cli → service → store and domain; domain → nothing. */
@AnalyzeClasses(packages = "com.settle", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainUsesNoGuiNoSqlNoStore = noClasses().that().resideInAPackage("com.settle.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..",
                    "org.h2..", "org.flywaydb..", "com.settle.store..", "com.settle.service..", "com.settle.ui..",
                    "com.settle.cli..", "com.settle.app..");

    @ArchTest
    static final ArchRule storeUsesNoGui = noClasses().that().resideInAPackage("com.settle.store..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.settle.service..", "com.settle.ui..",
                    "com.settle.cli..", "com.settle.app..");

    @ArchTest
    static final ArchRule serviceUsesNoGui = noClasses().that().resideInAPackage("com.settle.service..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.settle.ui..", "com.settle.cli..",
                    "com.settle.app..");

    @ArchTest
    static final ArchRule cliUsesNoGui = noClasses().that().resideInAPackage("com.settle.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.settle.ui..");

    @ArchTest
    static final ArchRule uiTouchesNoDatabaseDirectly = noClasses().that().resideInAPackage("com.settle.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "com.settle.store.jooq..");
}
