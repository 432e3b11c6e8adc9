package se.accessiblenav.core.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import com.graphhopper.util.PointList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StopArrivalTest {
    /** A walk northwards along a meridian, about 110 m. */
    private static PointList northwards() {
        PointList points = new PointList();
        points.add(59.3400, 18.0500);
        points.add(59.3410, 18.0500);
        return points;
    }

    private static RouteGuidance walk() {
        Cue arrival = new Cue(
                "c2",
                CueKind.ARRIVAL,
                110,
                59.3410,
                18.0500,
                List.of(15.0),
                "You have arrived.",
                "You have arrived at your destination.");
        Cue depart = new Cue("c1", CueKind.DEPART, 0, 59.34, 18.05, List.of(0.0), "Head north.", "Head north.");
        return new RouteGuidance("en", false, "s", "s", List.of(depart, arrival));
    }

    @Test
    void theStopIsNamedWithItsSideAndCode() {
        // about 11 m east of the walk's end: on the right of a walker heading north
        RouteGuidance toStop = new StopArrival()
                .toStop(
                        walk(),
                        northwards(),
                        "Odenplan",
                        "B",
                        59.3410,
                        18.0502,
                        GuidanceOptions.defaults(Locale.ENGLISH));
        Cue last = toStop.cues().get(1);
        assertThat(last.kind()).isEqualTo(CueKind.ARRIVAL);
        assertThat(last.fullText())
                .isEqualTo("You are at the stop Odenplan, stop B: 10 metres, about 16 steps on your right.");
        assertThat(last.shortText()).isEqualTo("You are at the stop Odenplan.");
        assertThat(toStop.cues().get(0)).isEqualTo(walk().cues().get(0));
    }

    @Test
    void leftAheadAndHere() {
        GuidanceOptions sv = GuidanceOptions.defaults(Locale.forLanguageTag("sv"));
        assertThat(new StopArrival()
                        .toStop(walk(), northwards(), "Odenplan", "", 59.3410, 18.0498, sv)
                        .cues()
                        .get(1)
                        .fullText())
                .isEqualTo("Du är vid hållplatsen Odenplan: 10 meter, cirka 16 steg till vänster.");
        assertThat(new StopArrival()
                        .toStop(
                                walk(),
                                northwards(),
                                "Odenplan",
                                "",
                                59.3412,
                                18.0500,
                                GuidanceOptions.defaults(Locale.ENGLISH))
                        .cues()
                        .get(1)
                        .fullText())
                .endsWith("ahead.");
        assertThat(new StopArrival()
                        .toStop(
                                walk(),
                                northwards(),
                                "Odenplan",
                                "",
                                59.3410,
                                18.05001,
                                GuidanceOptions.defaults(Locale.ENGLISH))
                        .cues()
                        .get(1)
                        .fullText())
                .isEqualTo("You are at the stop Odenplan: it is right here.");
    }
}
