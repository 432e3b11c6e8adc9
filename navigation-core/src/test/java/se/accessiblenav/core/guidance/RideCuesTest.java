package se.accessiblenav.core.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RideCuesTest {
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private static Instant at(String time) {
        return Instant.parse("2026-06-01T" + time + ":00Z"); // 2 hours behind Stockholm's summer time
    }

    private static final TransitRide RIDE = new TransitRide(
            3,
            "4",
            "Radiohuset",
            STOCKHOLM,
            List.of(
                    new TransitRide.Stop("Odenplan", "", 59.3428, 18.0496, at("06:28"), at("06:28"), 0),
                    new TransitRide.Stop("Valhallavägen", "", 59.3467, 18.0580, at("06:30"), at("06:30"), 600),
                    new TransitRide.Stop("Tekniska högskolan", "B", 59.3455, 18.0717, at("06:33"), at("06:33"), 1400)));

    @Test
    void waitingEachStopAndGettingOffInEnglish() {
        RouteGuidance guidance = new RideCues().compose(RIDE, at("06:22"), GuidanceOptions.defaults(Locale.ENGLISH));
        List<Cue> cues = guidance.cues();
        assertThat(cues).extracting(Cue::kind).containsExactly(CueKind.WAIT, CueKind.NEXT_STOP, CueKind.ALIGHT);
        assertThat(cues.get(0).fullText())
                .isEqualTo("Bus 4 towards Radiohuset departs at 08:28, in 6 minutes, from Odenplan.");
        assertThat(cues.get(0).shortText()).isEqualTo("Bus 4 at 08:28, in 6 minutes.");
        assertThat(cues.get(1).fullText())
                .isEqualTo("Next stop: Valhallavägen, at 08:30. Then one more stop to Tekniska högskolan.");
        assertThat(cues.get(2).fullText()).isEqualTo("Next stop: Tekniska högskolan, at 08:33. Get off here.");
        // next stop said soon after leaving the stop before; getting off said once more close to it
        assertThat(cues.get(1).announceBeforeMeters()).containsExactly(480.0);
        assertThat(cues.get(2).distanceMeters()).isEqualTo(1400);
        assertThat(cues.get(2).announceBeforeMeters()).containsExactly(640.0, 150.0);
        assertThat(guidance.summaryFull())
                .isEqualTo("Bus 4 towards Radiohuset, departs at 08:28 from Odenplan. 2 stops to Tekniska högskolan,"
                        + " arrives at 08:33, 5 minutes on board.");
    }

    @Test
    void swedishAndAVehicleAlreadyLeaving() {
        RouteGuidance guidance =
                new RideCues().compose(RIDE, at("06:28"), GuidanceOptions.defaults(Locale.forLanguageTag("sv")));
        assertThat(guidance.cues().get(0).fullText())
                .isEqualTo("Buss 4 mot Radiohuset går klockan 08:28, nu, från Odenplan.");
        assertThat(guidance.cues().get(1).fullText())
                .isEqualTo("Nästa hållplats: Valhallavägen, klockan 08:30. En hållplats kvar till Tekniska högskolan.");
        assertThat(guidance.cues().get(2).shortText()).isEqualTo("Nästa hållplats: Tekniska högskolan, gå av här.");
    }

    @Test
    void extendedRouteTypesAreNamedByTheirKind() {
        assertThat(new TransitRide(900, "1", "x", STOCKHOLM, RIDE.stops()).modeKey())
                .isEqualTo("transit.mode.0");
        assertThat(new TransitRide(401, "T14", "x", STOCKHOLM, RIDE.stops()).modeKey())
                .isEqualTo("transit.mode.1");
        assertThat(new TransitRide(109, "40", "x", STOCKHOLM, RIDE.stops()).modeKey())
                .isEqualTo("transit.mode.2");
        assertThat(new TransitRide(1200, "80", "x", STOCKHOLM, RIDE.stops()).modeKey())
                .isEqualTo("transit.mode.4");
        assertThat(new TransitRide(42, "?", "x", STOCKHOLM, RIDE.stops()).modeKey())
                .isEqualTo("transit.mode.other");
    }
}
