package dev.rapport.dynamodb.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.ClassNameFilter.excludeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The whole conformance suite held against LocalStack, for those who have Docker: opt in with
 * {@code RAPPORT_LOCALSTACK=true} (image {@code RAPPORT_LOCALSTACK_IMAGE}, default
 * {@code localstack/localstack:4}). Cases that need the engine's own hooks skip themselves there.
 */
@EnabledIfEnvironmentVariable(
        named = "RAPPORT_LOCALSTACK",
        matches = "true",
        disabledReason = "opt-in: set RAPPORT_LOCALSTACK=true where a Docker engine answers")
class LocalStackConformanceTest {

    @Test
    void theConformanceSuitePassesAgainstLocalStack() {
        assumeTrue(
                DockerClientFactory.instance().isDockerAvailable(),
                "RAPPORT_LOCALSTACK=true, but no Docker engine answers here");
        String image = System.getenv().getOrDefault("RAPPORT_LOCALSTACK_IMAGE", "localstack/localstack:4");
        try (LocalStackContainer localStack = new LocalStackContainer(
                        DockerImageName.parse(image).asCompatibleSubstituteFor("localstack/localstack"))
                .withServices("dynamodb")) {
            localStack.start();
            TestExecutionSummary summary = ConformanceTarget.against(localStack.getEndpoint(), this::runSuite);
            StringWriter failures = new StringWriter();
            summary.printFailuresTo(new PrintWriter(failures), 5);
            assertThat(summary.getTestsSucceededCount()).isPositive();
            assertThat(summary.getTotalFailureCount()).as(failures.toString()).isZero();
        }
    }

    private TestExecutionSummary runSuite() {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create()
                .execute(
                        LauncherDiscoveryRequestBuilder.request()
                                .selectors(selectPackage(getClass().getPackageName()))
                                .filters(excludeClassNamePatterns(".*LocalStackConformanceTest"))
                                .build(),
                        listener);
        return listener.getSummary();
    }
}
