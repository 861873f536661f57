package dev.rapport.http.apigateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StackFramesTest {

    @Test
    void aLoggedFailureNamesItsClassesAndOurFramesButNeverItsMessages() {
        IllegalStateException failure = new IllegalStateException(
                "customer wrote alice@example.com", new IllegalArgumentException("phone 13800138000"));

        List<String> lines = StackFrames.of(failure);

        assertThat(lines.getFirst()).isEqualTo("java.lang.IllegalStateException");
        assertThat(lines).contains("caused by java.lang.IllegalArgumentException");
        assertThat(lines)
                .anyMatch(l ->
                        l.contains("StackFramesTest.aLoggedFailureNamesItsClassesAndOurFramesButNeverItsMessages"));
        assertThat(String.join("\n", lines)).doesNotContain("alice@example.com").doesNotContain("13800138000");
    }
}
