package se.accessiblenav.server.system;

import io.swagger.v3.core.util.Yaml31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.servers.Server;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document ({@code /v3/api-docs}, shown at {@code /api-docs.html}): what springdoc reads from the
 * controllers, completed from {@code openapi/overrides.yaml} (GraphHopper's shapes, GeoJSON bodies, status
 * codes), with the security each operation needs (planners' changes: Basic or a JWT; a call's follow-ups: its
 * key; everything else: none) and the problem answers every operation can give.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {
    static final String OVERRIDES = "/openapi/overrides.yaml";
    private static final List<String> PLANNER_READS = List.of("/obstacles/audit", "/planner/whoami");

    @Bean
    OpenApiCustomizer completeApiDocument() {
        OpenAPI overrides = readOverrides();
        return api -> complete(api, overrides);
    }

    static OpenAPI readOverrides() {
        try (InputStream in = ApiDocumentation.class.getResourceAsStream(OVERRIDES)) {
            if (in == null) throw new IllegalStateException(OVERRIDES + " is missing from the server's resources");
            return Yaml31.mapper().readValue(in, OpenAPI.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + OVERRIDES, e);
        }
    }

    static void complete(OpenAPI api, OpenAPI overrides) {
        api.info(overrides
                .getInfo()
                .description("Walking routes for blind and low-vision pedestrians, GraphHopper-compatible, with"
                        + " spoken guidance, obstacles recorded by city planners, trips with public transport and"
                        + " calls for help. Errors are RFC 9457 problem documents with a message in words.")
                .license(new License().name("Apache-2.0").identifier("Apache-2.0")));
        api.servers(List.of(new Server().url("/").description("this server")));
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        Components extra = overrides.getComponents();
        extra.getSchemas().forEach(components::addSchemas);
        extra.getSecuritySchemes().forEach(components::addSecuritySchemes);
        extra.getResponses().forEach(components::addResponses);
        extra.getParameters().forEach(components::addParameters);
        api.components(components);
        overrides.getPaths().forEach((path, item) -> {
            PathItem generated = api.getPaths() == null ? null : api.getPaths().get(path);
            if (generated != null)
                item.readOperationsMap().forEach((method, operation) -> {
                    Operation target = generated.readOperationsMap().get(method);
                    if (target != null) merge(target, operation);
                });
        });
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    operation.setSecurity(security(path, method));
                    addProblems(path, method, operation);
                }));
    }

    private static void merge(Operation target, Operation override) {
        if (override.getSummary() != null) target.setSummary(override.getSummary());
        if (override.getDescription() != null) target.setDescription(override.getDescription());
        if (override.getParameters() != null) target.setParameters(new ArrayList<>(override.getParameters()));
        if (override.getRequestBody() != null) target.setRequestBody(override.getRequestBody());
        if (override.getResponses() != null) {
            ApiResponses responses = new ApiResponses();
            override.getResponses().forEach(responses::addApiResponse);
            target.setResponses(responses);
        }
    }

    /** Who may call: planners for changes to obstacles and their reads, a call's key for its follow-ups. */
    private static List<SecurityRequirement> security(String path, PathItem.HttpMethod method) {
        boolean obstacles = path.equals("/obstacles") || path.startsWith("/obstacles/");
        boolean read = method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD;
        if ((obstacles && !read) || PLANNER_READS.contains(path))
            return List.of(
                    new SecurityRequirement().addList("plannerBasic"),
                    new SecurityRequirement().addList("plannerBearer"));
        if (path.startsWith("/help/")) return List.of(new SecurityRequirement().addList("helpKey"));
        if (path.equals("/help"))
            // open unless the server sets a device token: both are documented
            return List.of(new SecurityRequirement(), new SecurityRequirement().addList("deviceToken"));
        return List.of();
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        boolean asks =
                (operation.getParameters() != null && !operation.getParameters().isEmpty())
                        || operation.getRequestBody() != null;
        if (asks) responses.putIfAbsent("400", reference("BadRequest"));
        if (path.contains("{")) responses.putIfAbsent("404", reference("NotFound"));
        if (!operation.getSecurity().isEmpty() && !path.equals("/help")) {
            boolean planner = operation.getSecurity().get(0).containsKey("plannerBasic");
            responses.putIfAbsent("401", reference("Unauthorized"));
            if (planner) responses.putIfAbsent("403", reference("Forbidden"));
        }
        if (responses.keySet().stream().noneMatch(code -> code.startsWith("4")))
            responses.addApiResponse("406", reference("NotAcceptable"));
    }

    private static ApiResponse reference(String name) {
        return new ApiResponse().$ref("#/components/responses/" + name);
    }

    /** The operations the overrides document describes, for tests: path to method names. */
    static Map<String, List<String>> describedOperations() {
        Map<String, List<String>> described = new java.util.TreeMap<>();
        readOverrides()
                .getPaths()
                .forEach((path, item) -> described.put(
                        path,
                        item.readOperationsMap().keySet().stream()
                                .map(Enum::name)
                                .toList()));
        return described;
    }
}
