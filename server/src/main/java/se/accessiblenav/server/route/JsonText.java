package se.accessiblenav.server.route;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** GraphHopper's JSON (Jackson 2, with its geometry module) written as the answer's text. */
final class JsonText {
    private JsonText() {}

    static String of(ObjectMapper mapper, JsonNode json) {
        try {
            return mapper.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }
}
