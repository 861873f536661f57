package dev.rapport.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The agent runtime SDK module is optional in shared and shipped by the chat function only: with
 * {@code KNOWLEDGE_BASE_ID} empty the advisor is assembled and answers without it on the
 * classpath, so no other function (and no chat function in the in-memory mode) ever loads it.
 */
class OptionalKnowledgeBaseModuleTest {

    @Test
    void theInMemoryPathRunsWithoutTheAgentRuntimeModule() throws Exception {
        try (URLClassLoader withoutIt = classpathWithout("bedrockagentruntime")) {
            assertThat(ask(withoutIt, Map.of())).containsExactly("faq-wrap-en", "doc-cards-en#0");
        }
    }

    @Test
    void theManagedPathNeedsIt() throws Exception {
        try (URLClassLoader withoutIt = classpathWithout("bedrockagentruntime")) {
            assertThatThrownBy(() -> ask(withoutIt, Map.of("KNOWLEDGE_BASE_ID", "KBTEST1234")))
                    .isInstanceOf(InvocationTargetException.class)
                    .cause()
                    .isInstanceOf(NoClassDefFoundError.class)
                    .hasMessageContaining("bedrockagentruntime");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> ask(ClassLoader loader, Map<String, String> environment) throws Exception {
        return (List<String>) loader.loadClass(KnowledgeProbe.class.getName())
                .getMethod("ask", Map.class)
                .invoke(null, environment);
    }

    /** The test classpath (surefire puts it in java.class.path) less the entries naming the module. */
    private static URLClassLoader classpathWithout(String module) {
        URL[] urls = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !new File(entry).getName().contains(module))
                .map(entry -> {
                    try {
                        return new File(entry).toURI().toURL();
                    } catch (MalformedURLException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toArray(URL[]::new);
        return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
    }
}
