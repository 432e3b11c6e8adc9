package se.accessiblenav.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.accessiblenav.core.guidance.Cue;
import se.accessiblenav.core.guidance.CueKind;
import se.accessiblenav.core.guidance.GuidanceComposer;
import se.accessiblenav.core.guidance.GuidanceOptions;
import se.accessiblenav.core.guidance.RouteGuidance;

/** A star junction with arms at known angles: the spoken clock-face hour must match the geometry. */
class ClockFaceGuidanceTest {
    @TempDir
    static Path cacheDir;

    static PedestrianRouter router;

    @BeforeAll
    static void open() {
        router = PedestrianRouter.open(FixtureGraph.settings("junctions.osm", cacheDir));
    }

    @AfterAll
    static void close() {
        router.close();
    }

    private static RouteGuidance walkToArm(int hour, Locale locale, boolean clockFace) {
        double bearing = Math.toRadians(hour * 30);
        double lat = 59.33 + 75 * Math.cos(bearing) / 111_320;
        double lon = 18.06 + 75 * Math.sin(bearing) / (111_320 * Math.cos(Math.toRadians(59.33)));
        GHResponse response = router.route(new GHRequest(59.33 - 75 / 111_320.0, 18.06, lat, lon)
                .setProfile("foot")
                .setPathDetails(GuidanceComposer.REQUIRED_DETAILS));
        assertThat(response.getErrors()).isEmpty();
        return router.guide(response.getBest(), new GuidanceOptions(locale, clockFace, 1.0, 0.7, 10));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 8, 9, 10})
    void turnIsSpokenAtTheClockHourOfTheArm(int hour) {
        RouteGuidance guidance = walkToArm(hour, Locale.ENGLISH, true);
        Cue turn = guidance.cues().stream()
                .filter(c -> c.kind() == CueKind.TURN)
                .findFirst()
                .orElseThrow();
        assertThat(turn.shortText()).isEqualTo("Turn to " + hour + " o'clock onto Gång " + hour + ".");
        assertThat(turn.distanceMeters()).isBetween(70.0, 80.0);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 8, 9, 10})
    void swedishClockFace(int hour) {
        Cue turn = walkToArm(hour, Locale.forLanguageTag("sv"), true).cues().stream()
                .filter(c -> c.kind() == CueKind.TURN)
                .findFirst()
                .orElseThrow();
        assertThat(turn.shortText()).isEqualTo("Sväng mot klockan " + hour + " in på Gång " + hour + ".");
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 8, 9, 10})
    void leftRightWordingOnRequest(int hour) {
        Cue turn = walkToArm(hour, Locale.ENGLISH, false).cues().stream()
                .filter(c -> c.kind() == CueKind.TURN)
                .findFirst()
                .orElseThrow();
        String expected = switch (hour) {
            case 2 -> "slightly right";
            case 3, 4 -> "right";
            case 8, 9 -> "left";
            default -> "slightly left";
        };
        assertThat(turn.shortText()).isEqualTo("Turn " + expected + " onto Gång " + hour + ".");
    }

    @ParameterizedTest
    @ValueSource(ints = {12})
    void straightOnIsNoTurn(int hour) {
        RouteGuidance guidance = walkToArm(hour, Locale.ENGLISH, true);
        assertThat(guidance.cues()).noneMatch(c -> c.kind() == CueKind.TURN);
        assertThat(guidance.cues().get(0).kind()).isEqualTo(CueKind.DEPART);
        assertThat(guidance.cues().get(guidance.cues().size() - 1).kind()).isEqualTo(CueKind.ARRIVAL);
    }
}
