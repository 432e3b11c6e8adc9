package se.accessiblenav.server.location;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import se.accessiblenav.server.StockholmServerTestBase;

/** "Where am I" and "around me" over real HTTP on the Stockholm extract, around Hötorget. */
class LocationApiIT extends StockholmServerTestBase {
    private static final String HOTORGET = "59.3355,18.0630";

    @Test
    void whereAmINamesTheStreetInBothLanguages() throws Exception {
        JsonNode english = ok("/whereami?point=" + HOTORGET + "&heading=90&accuracy=8");
        assertThat(english.get("street").asText()).isNotBlank();
        assertThat(english.get("full_text").asText())
                .startsWith("You are")
                .contains(english.get("street").asText())
                .contains("heading east");
        JsonNode swedish = ok("/whereami?point=" + HOTORGET + "&locale=sv");
        assertThat(swedish.get("language").asText()).isEqualTo("sv");
        assertThat(swedish.get("short_text").asText()).startsWith("Du är");
        JsonNode german = ok("/whereami?point=" + HOTORGET + "&locale=de");
        assertThat(german.get("language_fallback").asBoolean()).isTrue();
        assertThat(german.get("language_note").asText()).contains("English");
    }

    @Test
    void aroundListsNamedPlacesNearestFirstWithClockHoursWhenHeadingIsKnown() throws Exception {
        JsonNode around = ok("/around?point=" + HOTORGET + "&radius=150&heading=0");
        JsonNode places = around.get("places");
        assertThat(places.size()).isPositive();
        assertThat(around.get("summary").asText()).contains("within 150 metres");
        double previous = 0;
        for (JsonNode place : places) {
            assertThat(place.get("distance").asDouble())
                    .isGreaterThanOrEqualTo(previous)
                    .isLessThanOrEqualTo(150);
            previous = place.get("distance").asDouble();
            assertThat(place.get("clock_hour").asInt()).isBetween(1, 12);
            assertThat(place.get("text").asText())
                    .startsWith(place.get("name").asText())
                    .doesNotContain("null");
        }
        JsonNode ahead = ok("/around?point=" + HOTORGET + "&radius=150&heading=0&ahead=true");
        assertThat(ahead.get("places").size()).isLessThanOrEqualTo(places.size());
        JsonNode noHeading = ok("/around?point=" + HOTORGET + "&radius=150");
        assertThat(noHeading.get("places").get(0).has("clock_hour")).isFalse();
    }

    @Test
    void badInputIsA400WithAMessage() throws Exception {
        for (String bad : new String[] {
            "/whereami",
            "/whereami?point=abc",
            "/whereami?point=52.58,13.31",
            "/whereami?point=" + HOTORGET + "&heading=400",
            "/whereami?point=" + HOTORGET + "&locale=!!",
            "/around?point=" + HOTORGET + "&ahead=true",
            "/around?point=" + HOTORGET + "&radius=5000",
            "/around"
        }) {
            HttpResponse<String> response = get(bad);
            assertThat(response.statusCode()).as(bad + " " + response.body()).isEqualTo(400);
            assertThat(json.readTree(response.body()).get("detail").asText())
                    .as(bad)
                    .isNotBlank();
        }
    }
}
