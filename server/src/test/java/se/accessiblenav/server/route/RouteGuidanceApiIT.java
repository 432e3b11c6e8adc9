package se.accessiblenav.server.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import se.accessiblenav.server.StockholmServerTestBase;

/** Cues in every route response, over real HTTP on the Stockholm extract. */
class RouteGuidanceApiIT extends StockholmServerTestBase {
    private static final String ROUTE = "/route?point=59.3355,18.0630&point=59.3358,18.0737&profile=blind_cane";

    private JsonNode guidanceOf(String query) throws Exception {
        HttpResponse<String> response = get(ROUTE + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get("paths").get(0).get("guidance");
    }

    @Test
    void routesCarrySpokenCuesFromDepartureToArrival() throws Exception {
        JsonNode guidance = guidanceOf("");
        assertThat(guidance.get("language").asText()).isEqualTo("en");
        assertThat(guidance.get("language_fallback").asBoolean()).isFalse();
        assertThat(guidance.get("summary").get("full_text").asText())
                .startsWith("Length ")
                .contains("minutes on foot");
        JsonNode cues = guidance.get("cues");
        assertThat(cues.size()).isGreaterThan(3);
        assertThat(cues.get(0).get("kind").asText()).isEqualTo("depart");
        assertThat(cues.get(cues.size() - 1).get("kind").asText()).isEqualTo("arrival");
        assertThat(cues.get(1).get("announce_before").size()).isGreaterThanOrEqualTo(1);
        assertThat(cues.findValuesAsText("kind")).contains("crossing", "turn");
    }

    @Test
    void swedishAndLeftRightWording() throws Exception {
        JsonNode swedish = guidanceOf("&locale=sv");
        assertThat(swedish.get("language").asText()).isEqualTo("sv");
        JsonNode cues = swedish.get("cues");
        assertThat(cues.get(cues.size() - 1).get("short_text").asText()).isEqualTo("Du är framme.");
        JsonNode leftRight = guidanceOf("&direction_style=left_right");
        assertThat(leftRight.get("cues").findValuesAsText("short_text")).noneMatch(t -> t.contains("o'clock"));
    }

    @Test
    void aLanguageWeDoNotHaveFallsBackToEnglishAndSaysSo() throws Exception {
        JsonNode german = guidanceOf("&locale=de");
        assertThat(german.get("language").asText()).isEqualTo("en");
        assertThat(german.get("language_fallback").asBoolean()).isTrue();
        assertThat(german.get("language_note").asText()).contains("English");
    }

    @Test
    void guidanceCanBeLeftOutAndOnlyRequestedDetailsAreReturned() throws Exception {
        HttpResponse<String> response = get(ROUTE + "&guidance=false&details=crossing");
        JsonNode path = json.readTree(response.body()).get("paths").get(0);
        assertThat(path.has("guidance")).isFalse();
        HttpResponse<String> withGuidance = get(ROUTE + "&details=crossing");
        JsonNode details =
                json.readTree(withGuidance.body()).get("paths").get(0).get("details");
        assertThat(details.fieldNames()).toIterable().containsExactly("crossing");
    }

    @Test
    void badGuidanceSettingsAreA400() throws Exception {
        for (String bad :
                new String[] {"&locale=12!", "&direction_style=compass", "&walking_speed=10", "&step_length=0"}) {
            HttpResponse<String> response = get(ROUTE + bad);
            assertThat(response.statusCode()).as(bad + " " + response.body()).isEqualTo(400);
            assertThat(response.body()).contains("\"message\"");
        }
    }
}
