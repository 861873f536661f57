package dev.rapport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.rapport.chat.PlantedAwsClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shared library's boundaries, held by tests: the domain (use cases, rules, ports) knows
 * nothing of AWS, Lambda or the adapters; each failure names the class that crossed.
 */
class HexagonalArchitectureTest {

    /** Use cases, domain types and ports; adapters live in their own packages beside them. */
    static final String[] DOMAIN = {
        "dev.rapport.actions..",
        "dev.rapport.analytics..",
        "dev.rapport.campaigns..",
        "dev.rapport.catalog..",
        "dev.rapport.chat..",
        "dev.rapport.export..",
        "dev.rapport.feedback..",
        "dev.rapport.handoff..",
        "dev.rapport.identity..",
        "dev.rapport.inquiry..",
        "dev.rapport.knowledge..",
        "dev.rapport.memory..",
        "dev.rapport.orders..",
        "dev.rapport.personaldata..",
        "dev.rapport.privacy..",
        "dev.rapport.problem..",
        "dev.rapport.reminders..",
        "dev.rapport.safety..",
        "dev.rapport.scheduling..",
        "dev.rapport.settings..",
        "dev.rapport.text..",
        "dev.rapport.tools..",
        "dev.rapport.integrations..",
        "dev.rapport.model",
        "dev.rapport.model.offline..",
        "dev.rapport.model.lifecycle..",
        "dev.rapport.mood..",
        "dev.rapport.agents..",
        "dev.rapport.voice.."
    };

    /** Adapters and the wiring that picks them. */
    static final String[] INFRASTRUCTURE = {
        "dev.rapport.storage..",
        "dev.rapport.http..",
        "dev.rapport.wiring..",
        "dev.rapport.snapstart..",
        "dev.rapport.eventbridge..",
        "dev.rapport.queues..",
        "dev.rapport.channels..",
        "dev.rapport.streams..",
        "dev.rapport.observability..",
        "dev.rapport.model.bedrock..",
        "dev.rapport.model.openai..",
        "dev.rapport.speech.."
    };

    private static final JavaClasses SHARED = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/dev/rapport/dynamodb/"))
            .importPackages("dev.rapport");

    @Test
    void theDomainUsesNoAwsSdkNorLambdaTypes() {
        domainFreeOfAws().check(SHARED);
    }

    @Test
    void aDomainClassImportingAnAwsTypeFailsTheRuleByName() {
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedAwsClient.class);
        assertThatThrownBy(() -> domainFreeOfAws().check(planted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(PlantedAwsClient.class.getName())
                .hasMessageContaining("DynamoDbClient");
    }

    /** Java packages, each its own slice: an adapter package may use its port, never the other way round too. */
    @Test
    void noPackageCycles() {
        packagesFreeOfCycles().check(SHARED);
    }

    @Test
    void twoPackagesUsingEachOtherFailTheCycleRule() {
        JavaClasses planted = new ClassFileImporter()
                .importClasses(
                        dev.rapport.architecture.planted.one.Ping.class,
                        dev.rapport.architecture.planted.two.Pong.class);
        assertThatThrownBy(() -> packagesFreeOfCycles().check(planted))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected");
    }

    private static ArchRule domainFreeOfAws() {
        return noClasses()
                .that()
                .resideInAnyPackage(DOMAIN)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("software.amazon..", "com.amazonaws..");
    }

    private static ArchRule packagesFreeOfCycles() {
        return slices().matching("dev.rapport.(**)").should().beFreeOfCycles();
    }

    @Test
    void theDomainDependsOnNoAdapterNorWiring() {
        noClasses()
                .that()
                .resideInAnyPackage(DOMAIN)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(INFRASTRUCTURE)
                .check(SHARED);
    }

    @Test
    void adaptersDoNotReachIntoEachOther() {
        slices().matching("dev.rapport.storage.(*)..")
                .should()
                .notDependOnEachOther()
                .check(SHARED);
        noClasses()
                .that()
                .resideInAnyPackage("dev.rapport.model.bedrock..", "dev.rapport.model.openai..", "dev.rapport.speech..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.rapport.storage..", "dev.rapport.http..")
                .check(SHARED);
    }

    @Test
    void onlyTheWiringAndTheHttpAdapterKnowTheWiring() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.rapport.wiring..", "dev.rapport.http..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.rapport.wiring..")
                .check(SHARED);
    }

    @Test
    void everyPackageSaysWhatItIs() throws IOException {
        // Rapport's packages: the one patched JAAD class under net/sourceforge keeps jcodec's package as it is.
        try (Stream<Path> folders = Files.walk(Path.of("src/main/java/dev/rapport"))) {
            List<Path> silent = folders.filter(Files::isDirectory)
                    .filter(HexagonalArchitectureTest::holdsClasses)
                    .filter(folder -> !Files.exists(folder.resolve("package-info.java")))
                    .toList();
            assertThat(silent).as("packages without a package-info.java").isEmpty();
        }
    }

    private static boolean holdsClasses(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
