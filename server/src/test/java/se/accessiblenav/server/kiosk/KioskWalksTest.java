package se.accessiblenav.server.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class KioskWalksTest {
    @Test
    void builtInWalksHaveBothLanguagesAndDistinctIds() throws Exception {
        byte[] json;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(KioskWalks.BUILT_IN)) {
            json = in.readAllBytes();
        }
        List<KioskWalk> walks = KioskWalks.parse(json, "built-in");
        assertThat(walks).hasSizeGreaterThanOrEqualTo(3);
        assertThat(walks).extracting(KioskWalk::id).doesNotHaveDuplicates();
        assertThat(walks).allSatisfy(w -> assertThat(w.name()).containsKeys("en", "sv"));
    }

    @Test
    void aWalkWithoutASwedishNameIsRefusedWithTheReason() {
        String json = "[{\"id\":\"a\",\"profile\":\"foot\",\"from\":[59.3,18.0],\"to\":[59.31,18.01],"
                + "\"name\":{\"en\":\"A\"},\"about\":{\"en\":\"x\",\"sv\":\"y\"}}]";
        assertThatThrownBy(() -> KioskWalks.parse(json.getBytes(StandardCharsets.UTF_8), "walks.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("walks.json")
                .hasMessageContaining("needs a name in 'sv'");
    }

    @Test
    void aPointMustBeLatitudeAndLongitude() {
        String json = "[{\"id\":\"a\",\"profile\":\"foot\",\"from\":[59.3],\"to\":[59.31,18.01],"
                + "\"name\":{\"en\":\"A\",\"sv\":\"A\"},\"about\":{\"en\":\"x\",\"sv\":\"y\"}}]";
        assertThatThrownBy(() -> KioskWalks.parse(json.getBytes(StandardCharsets.UTF_8), "walks.json"))
                .hasMessageContaining("'from' must be [latitude, longitude]");
    }
}
