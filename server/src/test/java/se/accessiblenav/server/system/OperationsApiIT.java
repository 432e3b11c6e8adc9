package se.accessiblenav.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.accessiblenav.server.SharedTestData;

/**
 * What an operator sees and relies on, over real HTTP on the Stockholm extract: a search limit that
 * refuses a request with a clear problem instead of searching on, Prometheus metrics (route latency by
 * profile, graph size, obstacles, landmarks) and the graph's and heap's size in {@code /actuator/info}.
 * The search limit here is set low (30 nodes) so that a walk across Norrmalm passes it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsApiIT {
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void map(DynamicPropertyRegistry registry) {
        SharedTestData.stockholmServer(registry);
        registry.add("navigation.route.max-visited-nodes", () -> "30");
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSearchPastTheNodeLimitIsAClearProblemNotAHang() throws Exception {
        // Hötorget to Stureplan: about 1 km, far more than 30 nodes for any search
        HttpResponse<String> response = get("/route?point=59.3355,18.0630&point=59.3358,18.0737&profile=blind_cane");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("too long or too winding").contains("choose points closer together");
    }

    @Test
    void prometheusMetricsTellRouteLatencyByProfileAndTheRoutersState() throws Exception {
        get("/route?point=59.3355,18.0630&point=59.3356,18.0632&profile=foot"); // a few metres
        get("/route?point=59.3355,18.0630&point=59.3358,18.0737&profile=blind_cane");

        HttpResponse<String> metrics = get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("navigation_route_seconds_count{outcome=\"routed\",profile=\"foot\"}")
                .contains("navigation_route_seconds_count{outcome=\"search_limit\",profile=\"blind_cane\"}")
                .contains("navigation_graph_edges ")
                .contains("navigation_obstacles_active ")
                .contains("navigation_obstacles_apply_seconds_count")
                .contains("navigation_landmarks_preparations ")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void infoTellsTheGraphsAndHeapsSize() throws Exception {
        HttpResponse<String> info = get("/actuator/info");
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body())
                .containsPattern("\"graph\":\\{\"nodes\":\\d+,\"edges\":\\d+,\"cacheBytes\":[1-9]\\d+\\}")
                .containsPattern("\"heap\":\\{[^}]*\"usedBytes\":[1-9]\\d+");
    }
}
