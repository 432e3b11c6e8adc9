package se.accessiblenav.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.accessiblenav.server.StockholmServerTestBase;
import se.accessiblenav.server.WebClientPackages;

/**
 * The OpenAPI document the server serves passes Redocly's recommended rules (Redocly CLI from npm) with no
 * error and no warning, and describes what clients need: GraphHopper's /route parameters and bodies, the
 * guidance cues, GeoJSON obstacle bodies with the status codes the server answers, security and problems.
 */
class OpenApiDocumentIT extends StockholmServerTestBase {

    @Test
    void redoclysRecommendedRulesFindNothing() throws Exception {
        Path modules = WebClientPackages.nodeModules();
        Path document = Path.of("target", "openapi.json").toAbsolutePath();
        Files.writeString(document, get("/v3/api-docs").body());
        Path report = Path.of("target", "redocly-lint.json").toAbsolutePath();
        Process lint = new ProcessBuilder(
                        modules.resolve(".bin/redocly").toString(), "lint", document.toString(), "--format=json")
                .redirectOutput(report.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(lint.waitFor(3, TimeUnit.MINUTES)).isTrue();
        JsonNode result = json.readTree(report.toFile());
        assertThat(result.path("problems"))
                .as("Redocly's findings in %s", document)
                .isEmpty();
        assertThat(result.path("totals").path("errors").asInt()).isZero();
        assertThat(result.path("totals").path("warnings").asInt()).isZero();
        assertThat(lint.exitValue()).isZero();
    }

    @Test
    void theDocumentDescribesWhatClientsSendAndGet() throws Exception {
        JsonNode api = ok("/v3/api-docs");
        JsonNode route = api.path("paths").path("/route");
        assertThat(route.path("get").path("parameters").findValuesAsText("name"))
                .contains("point", "details", "type", "max_detour_factor", "algorithm");
        assertThat(route.path("post").path("requestBody").toString()).contains("RouteRequest");
        JsonNode cue = api.path("components").path("schemas").path("Cue").path("properties");
        assertThat(cue.has("announce_before") && cue.has("full_text")).isTrue();

        JsonNode create = api.path("paths").path("/obstacles").path("post");
        assertThat(create.path("responses").has("201")).isTrue();
        assertThat(create.path("responses").has("200")).as("create answers 201").isFalse();
        assertThat(create.path("requestBody").toString()).contains("ObstacleFeature");
        assertThat(create.path("security").toString()).contains("plannerBasic").contains("plannerBearer");
        assertThat(api.path("paths").path("/route").path("get").path("security"))
                .isEmpty();
        assertThat(api.path("components").path("securitySchemes").fieldNames())
                .toIterable()
                .contains("plannerBasic", "plannerBearer", "helpKey", "deviceToken");
        assertThat(api.path("paths")
                        .path("/obstacles/{id}")
                        .path("delete")
                        .path("responses")
                        .has("204"))
                .isTrue();
    }

    @Test
    void everyOperationTheOverridesDescribeExistsInTheServer() throws Exception {
        JsonNode paths = ok("/v3/api-docs").path("paths");
        ApiDocumentation.describedOperations().forEach((path, methods) -> {
            for (String method : methods)
                assertThat(paths.path(path).has(method.toLowerCase(Locale.ROOT)))
                        .as("%s %s in overrides.yaml is served", method, path)
                        .isTrue();
        });
        assertThat(ApiDocumentation.describedOperations().keySet())
                .containsAll(List.of("/route", "/route-pt", "/obstacles", "/obstacles/{id}", "/obstacles/import"));
    }
}
