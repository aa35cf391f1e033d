package com.settle.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Dependencies point inward: ui and cli → service → store and domain; domain → nothing. The screens see
 * services and domain types only; the command line, the benchmarks and the crash tests never reach a screen.
 */
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

    /** Not through another package either (the benchmarks once built a screen's view model). */
    @ArchTest
    static final ArchRule cliReachesNoScreen = noClasses().that().resideInAPackage("com.settle.cli..")
            .should().transitivelyDependOnClassesThat().resideInAnyPackage("com.settle.ui..", "com.settle.app..");

    @ArchTest
    static final ArchRule benchmarksAndCrashTestsUseNoScreen = noClasses().that()
            .resideInAnyPackage("com.settle.bench..", "com.settle.reliability..")
            .should().dependOnClassesThat().resideInAnyPackage("com.settle.ui..", "com.settle.app..");

    @ArchTest
    static final ArchRule uiTouchesNoDatabaseDirectly = noClasses().that().resideInAPackage("com.settle.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "com.settle.store..");

    /**
     * A page or dialog gets the services it uses through its view model's constructor, never the whole set
     * (which changes when another file opens); only what opens the books (sign-in, connecting to a team server,
     * protect, the main window's state) holds them.
     */
    @ArchTest
    static final ArchRule screensGetOnlyTheServicesTheyUse = noClasses().that().resideInAPackage("com.settle.ui..")
            .and().resideOutsideOfPackages("com.settle.ui.signin..", "com.settle.ui.team..")
            .and().doNotHaveFullyQualifiedName("com.settle.ui.main.MainWindowViewModel")
            .and().haveSimpleNameNotStartingWith("Protect")
            .should().dependOnClassesThat().haveFullyQualifiedName("com.settle.service.Services");

    /**
     * A dialog's content is an FXML view: a class that opens a dialog window loads its view through the
     * ViewLoader, unless it is one of the two hosts every other dialog goes through (the message and question
     * dialogs, and the form host).
     */
    @ArchTest
    static final ArchRule dialogsShowFxmlViews = classes().that().resideInAPackage("com.settle.ui..")
            .and().doNotHaveFullyQualifiedName("com.settle.ui.common.FxDialogService")
            .and().doNotHaveFullyQualifiedName("com.settle.ui.common.FormHost")
            .and().doNotHaveFullyQualifiedName("com.settle.ui.common.FormHost$Form")
            .should(loadAnFxmlViewWhenTheyOpenADialog());

    private static ArchCondition<JavaClass> loadAnFxmlViewWhenTheyOpenADialog() {
        return new ArchCondition<>("load an FXML view when they open a dialog") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean opensDialog = type.getConstructorCallsFromSelf().stream().anyMatch(call -> call
                        .getTargetOwner().isAssignableTo("javafx.scene.control.Dialog"));
                boolean loadsView = type.getDirectDependenciesFromSelf().stream().anyMatch(d -> d.getTargetClass()
                        .getName().equals("com.settle.ui.common.ViewLoader"));
                if (opensDialog && !loadsView) {
                    events.add(SimpleConditionEvent.violated(type, type.getName() + " opens a dialog built in code"));
                }
            }
        };
    }

    /** Every screen and dialog is XView.fxml + XView + XViewModel. */
    @ArchTest
    static final ArchRule everyViewHasAViewModelAndFxml = classes().that().resideInAPackage("com.settle.ui..")
            .and().haveSimpleNameEndingWith("View").and().areTopLevelClasses()
            .should(haveAViewModelAndFxml());

    private static ArchCondition<JavaClass> haveAViewModelAndFxml() {
        return new ArchCondition<>("have a view model beside them and an FXML file") {
            @Override
            public void check(JavaClass view, ConditionEvents events) {
                try {
                    Class.forName(view.getName() + "Model", false, ArchitectureTest.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    events.add(SimpleConditionEvent.violated(view, view.getName() + " has no " + view.getSimpleName()
                            + "Model beside it"));
                }
                Path fxml = Path.of("fxml", view.getPackageName().replace('.', '/'), view.getSimpleName() + ".fxml");
                if (!Files.isRegularFile(fxml)) {
                    events.add(SimpleConditionEvent.violated(view, view.getName() + " has no " + fxml));
                }
            }
        };
    }

    /** What a service gives and takes are domain types (or its own), never a generated database record. */
    @ArchTest
    static final ArchRule servicesSpeakInDomainTypes = methods().that().areDeclaredInClassesThat()
            .resideInAPackage("com.settle.service..").and().arePublic().and().areDeclaredInClassesThat().arePublic()
            .should(useNoGeneratedRecord());

    private static ArchCondition<JavaMethod> useNoGeneratedRecord() {
        return new ArchCondition<>("take and return no generated jOOQ type") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                List<JavaClass> types = new ArrayList<>(method.getRawParameterTypes());
                types.add(method.getRawReturnType());
                method.getReturnType().getAllInvolvedRawTypes().forEach(types::add);
                method.getParameterTypes().forEach(p -> types.addAll(p.getAllInvolvedRawTypes()));
                for (JavaClass type : types) {
                    if (type.getPackageName().startsWith("com.settle.store.jooq")) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " uses "
                                + type.getName()));
                    }
                }
            }
        };
    }
}
