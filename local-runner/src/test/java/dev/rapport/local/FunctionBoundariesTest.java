package dev.rapport.local;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Functions stay thin: an AWS event in, a use case called, a response out. They get their
 * adapters from the wiring, never build a storage adapter or an SDK client themselves, and never
 * reach into another function.
 */
class FunctionBoundariesTest {

    private static final JavaClasses FUNCTIONS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.rapport.functions");

    @Test
    void functionsGetTheirAdaptersFromTheWiring() {
        noClasses()
                .that()
                .resideInAPackage("dev.rapport.functions..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.rapport.storage..",
                        "dev.rapport.model.bedrock..",
                        "dev.rapport.model.openai..",
                        "software.amazon.awssdk.services..")
                .check(FUNCTIONS);
    }

    @Test
    void functionsDoNotReachIntoEachOther() {
        slices().matching("dev.rapport.functions.(*)..")
                .should()
                .notDependOnEachOther()
                .check(FUNCTIONS);
    }
}
