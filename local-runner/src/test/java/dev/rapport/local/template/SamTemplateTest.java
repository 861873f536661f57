package dev.rapport.local.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SamTemplateTest {

    private static final Path ECHO = Path.of("src/test/resources/echo-template.yaml");
    private static final Map<String, String> LOCAL = Map.of("Stage", "local");

    @Test
    void resolvesParametersPseudoParametersAndResourceReferencesInFunctionEnvironments() {
        FunctionDefinition echo = function(SamTemplate.load(ECHO, LOCAL, Map.of()), "EchoFunction");

        assertThat(echo.environment())
                .containsEntry("ECHO_GREETING", "hello from us-east-1 on local")
                .containsEntry("ECHO_TABLE", "echo-local")
                .containsEntry("ECHO_TABLE_ARN", "arn:aws:dynamodb:us-east-1:000000000000:table/echo-local")
                .containsEntry("ECHO_MODE", "local-mode")
                .containsEntry("ECHO_JOINED", "b-000000000000")
                .containsEntry("STAGE", "local");
        assertThat(echo.timeoutSeconds()).isEqualTo(7);
        assertThat(echo.memoryMb()).isEqualTo(256);
    }

    @Test
    void overridesWinOverLocalDefaultsAndTemplateDefaults() {
        SamTemplate template = SamTemplate.load(ECHO, LOCAL, Map.of("Stage", "qa", "Greeting", "hi"));

        assertThat(function(template, "EchoFunction").environment())
                .containsEntry("ECHO_GREETING", "hi from us-east-1 on qa")
                .containsEntry("ECHO_MODE", "cloud-mode");
        assertThat(template.tables()).extracting(TableDefinition::tableName).containsExactly("echo-qa", "cloud-only");
    }

    @Test
    void resourcesWhoseConditionIsFalseAreLeftOut() {
        assertThat(SamTemplate.load(ECHO, LOCAL, Map.of()).tables())
                .extracting(TableDefinition::tableName)
                .containsExactly("echo-local");
    }

    @Test
    void routesCarryTheirFunctionAndWhetherTheAuthorizerGuardsThem() {
        List<Route> routes = SamTemplate.load(ECHO, LOCAL, Map.of()).routes();

        assertThat(routes)
                .containsExactlyInAnyOrder(
                        new Route("GET", "/echo/{id}", "EchoFunction", true),
                        new Route("POST", "/echo/{id}", "EchoFunction", true),
                        new Route("GET", "/echo/special", "EchoFunction", true),
                        new Route("ANY", "/open/{proxy+}", "EchoFunction", false),
                        new Route("GET", "/boom", "FailingFunction", true));
    }

    @Test
    void refusesOverridesOfUnknownParametersAndValuesOutsideAllowedValues() {
        assertThatThrownBy(() -> SamTemplate.load(ECHO, LOCAL, Map.of("Stag", "x")))
                .hasMessageContaining("Stag is not a parameter");
        assertThatThrownBy(
                        () -> SamTemplate.load(Path.of("../template.yaml"), Map.of(), Map.of("ModelProvider", "gpt")))
                .hasMessageContaining("ModelProvider must be one of");
    }

    @Test
    void namesTheResourceWhenAnIntrinsicIsNotSupported() {
        String yaml = """
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: a.B::handle
                  Environment:
                    Variables:
                      X: !ImportValue other-stack-output
            """;
        SamTemplate template = SamTemplate.of(CloudFormationYaml.parse(new StringReader(yaml)), Map.of(), Map.of());

        assertThatThrownBy(template::functions).hasMessageContaining("Fn").hasMessageContaining("Fn::ImportValue");
    }

    @Test
    void shortAndLongIntrinsicFormsReadAlike() {
        String yaml = """
            Parameters:
              Stage: {Type: String, Default: dev}
            Resources:
              A:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: a.B::handle
                  Environment:
                    Variables:
                      SHORT: !Sub "t-${Stage}"
                      LONG: {"Fn::Sub": "t-${Stage}"}
                      LIST: !Sub ["${x}-${Stage}", {x: !Ref Stage}]
                      ESCAPED: !Sub "${!Literal}"
                      GONE: !Ref AWS::NoValue
            """;
        SamTemplate template = SamTemplate.of(CloudFormationYaml.parse(new StringReader(yaml)), Map.of(), Map.of());

        assertThat(function(template, "A").environment())
                .containsEntry("SHORT", "t-dev")
                .containsEntry("LONG", "t-dev")
                .containsEntry("LIST", "dev-dev")
                .containsEntry("ESCAPED", "${Literal}")
                .doesNotContainKey("GONE");
    }

    @Test
    void globalVariablesReachEveryFunctionUnderItsOwnWhichWin() {
        String yaml = """
            Parameters:
              Stage: {Type: String, Default: dev}
            Globals:
              Function:
                CodeUri: .
                Timeout: 9
                Environment:
                  Variables:
                    TABLE: !Sub "t-${Stage}"
                    LEVEL: global
            Resources:
              Own:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: a.B::handle
                  Timeout: 3
                  Environment:
                    Variables:
                      LEVEL: own
                      EXTRA: x
              Bare:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: a.C::handle
            """;
        SamTemplate template = SamTemplate.of(CloudFormationYaml.parse(new StringReader(yaml)), Map.of(), Map.of());

        assertThat(function(template, "Own").environment())
                .isEqualTo(Map.of("TABLE", "t-dev", "LEVEL", "own", "EXTRA", "x"));
        assertThat(function(template, "Bare").environment()).isEqualTo(Map.of("TABLE", "t-dev", "LEVEL", "global"));
        assertThat(function(template, "Own").timeoutSeconds()).isEqualTo(3);
        assertThat(function(template, "Bare").timeoutSeconds()).isEqualTo(9);
        assertThat(template.properties("Own"))
                .containsEntry("CodeUri", ".")
                .containsEntry(
                        "Environment", Map.of("Variables", Map.of("TABLE", "t-dev", "LEVEL", "own", "EXTRA", "x")));
    }

    @Test
    void theRepositoryTemplateRunsLocallyWithTheOfflineEngine() {
        SamTemplate template = SamTemplate.load(
                Path.of("../template.yaml"), Map.of("Stage", "local", "ModelProvider", "offline"), Map.of());

        assertThat(template.tables())
                .extracting(TableDefinition::tableName)
                .contains("rapport-local-conversations", "rapport-local-idempotency");
        assertThat(function(template, "ChatFunction").environment())
                .containsEntry("MODEL_PROVIDER", "offline")
                .containsEntry("CONVERSATIONS_TABLE", "rapport-local-conversations");
    }

    private static FunctionDefinition function(SamTemplate template, String id) {
        return template.functions().stream()
                .filter(f -> f.logicalId().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
