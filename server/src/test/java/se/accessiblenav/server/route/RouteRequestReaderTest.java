package se.accessiblenav.server.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.graphhopper.GHRequest;
import com.graphhopper.jackson.Jackson;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import se.accessiblenav.server.system.ClientProblemException;

class RouteRequestReaderTest {
    private final RouteRequestReader reader = new RouteRequestReader(Jackson.newObjectMapper());

    private static MultiValueMap<String, String> query(String... keyValues) {
        MultiValueMap<String, String> q = new LinkedMultiValueMap<>();
        for (int i = 0; i < keyValues.length; i += 2) q.add(keyValues[i], keyValues[i + 1]);
        return q;
    }

    @Test
    void readsGraphHopperGetParameters() {
        GHRequest request = reader.fromQuery(query(
                "point",
                "59.3355,18.0630",
                "point",
                "59.3358,18.0737",
                "profile",
                "guide_dog",
                "details",
                "crossing",
                "details",
                "kerb",
                "locale",
                "sv",
                "heading",
                "90",
                "instructions",
                "false",
                "way_point_max_distance",
                "0"));
        assertThat(request.getPoints()).hasSize(2);
        assertThat(request.getPoints().get(0).lat).isEqualTo(59.3355);
        assertThat(request.getProfile()).isEqualTo("guide_dog");
        assertThat(request.getPathDetails()).containsExactly("crossing", "kerb");
        assertThat(request.getLocale().getLanguage()).isEqualTo("sv");
        assertThat(request.getHeadings()).containsExactly(90.0);
        assertThat(request.getHints().getBool("instructions", true)).isFalse();
        assertThat(request.getHints().getDouble("way_point_max_distance", 1)).isZero();
    }

    @Test
    void defaultsToTheBlindCaneProfile() {
        assertThat(reader.fromQuery(query("point", "59.3355,18.0630", "point", "59.3358,18.0737"))
                        .getProfile())
                .isEqualTo("blind_cane");
    }

    @Test
    void readsGraphHopperPostJsonWithLonLatPoints() {
        GHRequest request = reader.fromJson(
                "{\"points\":[[18.0630,59.3355],[18.0737,59.3358]],\"profile\":\"low_vision\",\"details\":[\"crossing\"],\"points_encoded\":false}");
        assertThat(request.getPoints().get(0).lat).isEqualTo(59.3355);
        assertThat(request.getPoints().get(0).lon).isEqualTo(18.0630);
        assertThat(request.getHints().getBool("points_encoded", true)).isFalse();
    }

    @Test
    void explainsBadPoints() {
        assertThatThrownBy(() -> reader.fromQuery(query("point", "59.3355", "point", "59.3358,18.0737")))
                .isInstanceOf(ClientProblemException.class)
                .hasMessageContaining("Point 1 must be 'latitude,longitude'");
        assertThatThrownBy(() -> reader.fromQuery(query("point", "north,east", "point", "59.3358,18.0737")))
                .hasMessageContaining("two numbers");
        assertThatThrownBy(() -> reader.fromQuery(query("point", "59.3355,18.0630", "point", "95,18.0737")))
                .hasMessageContaining("Point 2 (95.0, 18.0737) is not a valid coordinate");
        assertThatThrownBy(() -> reader.fromQuery(query("point", "59.3355,18.0630")))
                .hasMessageContaining("at least two points");
        assertThatThrownBy(() -> reader.fromQuery(query())).hasMessageContaining("at least two points");
    }

    @Test
    void explainsUnknownProfileAndContradictoryFlags() {
        assertThatThrownBy(() -> reader.fromQuery(query("point", "59.3,18.0", "point", "59.4,18.1", "profile", "car")))
                .hasMessageContaining("Unknown profile 'car'")
                .hasMessageContaining("blind_cane");
        assertThatThrownBy(() ->
                        reader.fromQuery(query("point", "59.3,18.0", "point", "59.4,18.1", "calc_points", "false")))
                .hasMessageContaining("instructions=false");
        assertThatThrownBy(() -> reader.fromQuery(query("point", "59.3,18.0", "point", "59.4,18.1", "type", "kml")))
                .hasMessageContaining("type must be json or gpx");
        assertThat(reader.fromQuery(query("point", "59.3,18.0", "point", "59.4,18.1", "type", "gpx"))
                        .getHints()
                        .getString("type", ""))
                .isEqualTo("gpx");
    }

    @Test
    void explainsMalformedJson() {
        assertThatThrownBy(() -> reader.fromJson("{\"points\": [[18.06, 59.33], "))
                .hasMessageContaining("not valid route JSON")
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> reader.fromJson("{\"profile\": \"foot\""))
                .hasMessageContaining("ends before the JSON is complete");
        assertThatThrownBy(() -> reader.fromJson("{\"points\": [[18.06, 59.33]] x}"))
                .hasMessageContaining("not valid route JSON")
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> reader.fromJson("{\"points\": \"x\"}"))
                .hasMessageContaining("wrong kind at 'points'")
                .hasMessageNotContaining("GHPoint")
                .hasMessageNotContaining("com.graphhopper");
        assertThatThrownBy(() -> reader.fromJson("null")).hasMessageContaining("body is null");
        assertThatThrownBy(() -> reader.fromJson("{\"points\": [[18.06, 59.33], [18.07, 59.33]], \"x\": "
                        + "[".repeat(100) + "]".repeat(100) + "}"))
                .hasMessageContaining("nested too deeply");
        assertThatThrownBy(() -> reader.fromJson("")).hasMessageContaining("body is empty");
        assertThatThrownBy(() -> reader.fromJson("{\"points\": [[18.06, 95.0], [18.07, 59.3]]}"))
                .hasMessageContaining("not a valid coordinate");
    }

    @Test
    void refusesCustomModelsThatWouldOverflowTheCompilersStack() {
        String deep = "(".repeat(25) + "true" + ")".repeat(25);
        String request = "{\"points\": [[18.06, 59.33], [18.07, 59.33]], \"custom_model\": {\"priority\":"
                + " [{\"if\": \"" + deep + "\", \"multiply_by\": 0.5}]}}";
        assertThatThrownBy(() -> reader.fromJson(request)).hasMessageContaining("nests brackets more than 20 deep");
        String shallow = request.replace(deep, "(true)");
        assertThat(reader.fromJson(shallow).getCustomModel().getPriority()).hasSize(1);
    }
}
