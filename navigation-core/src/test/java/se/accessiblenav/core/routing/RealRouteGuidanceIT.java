package se.accessiblenav.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.ResponsePath;
import com.graphhopper.util.AngleCalc;
import com.graphhopper.util.DistanceCalcEarth;
import com.graphhopper.util.PointList;
import com.graphhopper.util.details.PathDetail;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.accessiblenav.core.guidance.Cue;
import se.accessiblenav.core.guidance.CueKind;
import se.accessiblenav.core.guidance.GuidanceComposer;
import se.accessiblenav.core.guidance.GuidanceOptions;
import se.accessiblenav.core.guidance.RouteGuidance;
import se.accessiblenav.core.safety.OdPair;

/**
 * Guidance on real routes: the Berlin extract (50 pairs, rich in crossing tags) and Stockholm. The
 * checks measure the route themselves rather than trusting the composer's own bookkeeping.
 */
class RealRouteGuidanceIT {
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("sv"));

    @TempDir
    static Path berlinCache;

    @TempDir
    static Path stockholmCache;

    static PedestrianRouter berlin;
    static PedestrianRouter stockholm;

    @BeforeAll
    static void open() {
        berlin = PedestrianRouter.open(new RouterSettings(SharedData.berlin(), berlinCache));
        stockholm = PedestrianRouter.open(new RouterSettings(SharedData.stockholm(), stockholmCache));
    }

    @AfterAll
    static void close() {
        berlin.close();
        stockholm.close();
    }

    /** Central Stockholm: Hötorget, Kungsgatan, Sveavägen, Stureplan, Östermalmstorg (the kiosk's walks among them). */
    static final List<OdPair> STOCKHOLM_PAIRS = List.of(
            new OdPair(59.3355, 18.0630, 59.3358, 18.0737),
            new OdPair(59.3350, 18.0627, 59.3372, 18.0617),
            new OdPair(59.3358, 18.0737, 59.3353, 18.0771),
            new OdPair(59.3372, 18.0617, 59.3353, 18.0771),
            new OdPair(59.3390, 18.0560, 59.3350, 18.0627),
            new OdPair(59.3385, 18.0720, 59.3337, 18.0585),
            new OdPair(59.3375, 18.0650, 59.3330, 18.0740));

    /** A routed path and the router (Berlin or Stockholm) that made it. */
    record Routed(PedestrianRouter router, ResponsePath path) {
        RouteGuidance guide(Locale locale) {
            return router.guide(path, GuidanceOptions.defaults(locale));
        }
    }

    private static List<Routed> routes() {
        List<Routed> routes = new ArrayList<>();
        for (OdPair pair : OdPair.readCsv(Path.of("../docs/safety/berlin-wittenau-miraustr-de-pairs.csv")))
            for (String profile : List.of("blind_cane", "foot"))
                routes.add(new Routed(berlin, route(berlin, pair, profile)));
        for (OdPair pair : STOCKHOLM_PAIRS)
            for (String profile : List.of("blind_cane", "foot"))
                routes.add(new Routed(stockholm, route(stockholm, pair, profile)));
        return routes;
    }

    private static ResponsePath route(PedestrianRouter router, OdPair pair, String profile) {
        GHResponse response = router.route(new GHRequest(pair.fromLat(), pair.fromLon(), pair.toLat(), pair.toLon())
                .setProfile(profile)
                .setPathDetails(GuidanceComposer.REQUIRED_DETAILS));
        assertThat(response.getErrors()).isEmpty();
        return response.getBest();
    }

    @Test
    void everyMappedCrossingInThePathDetailsHasACrossingCue() {
        int crossingsChecked = 0;
        for (Routed routed : routes()) {
            ResponsePath path = routed.path();
            double[] along = along(path.getPoints());
            for (Locale locale : LANGUAGES) {
                RouteGuidance guidance = routed.guide(locale);
                for (PathDetail crossing : path.getPathDetails().get("crossed_road")) {
                    String value = String.valueOf(crossing.getValue());
                    if (value.equals("none") || value.equals("driveway")) continue;
                    crossingsChecked++;
                    double from = along[crossing.getFirst()] - 1;
                    double to = along[crossing.getLast()] + 1;
                    assertThat(guidance.cues())
                            .as("crossing of a %s street at %.0f-%.0f m", value, from, to)
                            .anyMatch(c -> c.kind() == CueKind.CROSSING
                                    && c.distanceMeters() >= from
                                    && c.distanceMeters() <= to);
                }
            }
        }
        assertThat(crossingsChecked).isGreaterThan(100);
    }

    @Test
    void everyDirectionChangeOverThirtyDegreesAtAJunctionHasATurnCue() {
        int turnsChecked = 0;
        for (Routed routed : routes()) {
            ResponsePath path = routed.path();
            PointList points = path.getPoints();
            double[] along = along(points);
            RouteGuidance guidance = routed.guide(Locale.ENGLISH);
            for (PathDetail edge : path.getPathDetails().get("edge_id")) {
                int junction = edge.getFirst();
                if (junction == 0 || junction >= points.size() - 1) continue;
                // measured over 10 m either side, so that mapping jitter does not count as a turn
                double turn = turnAt(points, along, junction, 10);
                if (Math.abs(turn) <= 40) continue;
                turnsChecked++;
                double at = along[junction];
                // a turn in the first metres is said by the departure (at 0 m), as the heading after it
                assertThat(guidance.cues())
                        .as("turn of %.0f° at %.0f m", turn, at)
                        .anyMatch(c -> (c.kind() == CueKind.TURN || c.kind() == CueKind.DEPART)
                                && Math.abs(c.distanceMeters() - at) <= 12);
            }
        }
        assertThat(turnsChecked).isGreaterThan(50);
    }

    @Test
    void textsNeverShowNullUnnamedOrRawTags() {
        for (Routed routed : routes())
            for (Locale locale : LANGUAGES) {
                RouteGuidance guidance = routed.guide(locale);
                assertThat(guidance.summaryFull()).doesNotContain("null");
                for (Cue cue : guidance.cues())
                    for (String text : List.of(cue.shortText(), cue.fullText()))
                        assertThat(text)
                                .as(cue.id() + " " + cue.kind())
                                .isNotBlank()
                                .doesNotContainIgnoringCase("null")
                                .doesNotContainIgnoringCase("unnamed")
                                .doesNotContain("_")
                                .doesNotContain("=")
                                .doesNotContain("{")
                                .doesNotContain("  ");
            }
    }

    @Test
    void cuesAreOrderedFromDepartureToArrivalWithUniqueIds() {
        for (Routed routed : routes()) {
            List<Cue> cues = routed.guide(Locale.ENGLISH).cues();
            assertThat(cues.get(0).kind()).isEqualTo(CueKind.DEPART);
            assertThat(cues.get(cues.size() - 1).kind()).isEqualTo(CueKind.ARRIVAL);
            assertThat(cues).extracting(Cue::distanceMeters).isSorted();
            assertThat(cues).extracting(Cue::id).doesNotHaveDuplicates();
        }
    }

    private static double[] along(PointList points) {
        double[] along = new double[points.size()];
        for (int i = 1; i < points.size(); i++)
            along[i] = along[i - 1]
                    + DistanceCalcEarth.DIST_EARTH.calcDist(
                            points.getLat(i - 1), points.getLon(i - 1), points.getLat(i), points.getLon(i));
        return along;
    }

    private static double turnAt(PointList points, double[] along, int i, double window) {
        int before = i - 1;
        while (before > 0 && along[i] - along[before] < window) before--;
        int after = i + 1;
        while (after < points.size() - 1 && along[after] - along[i] < window) after++;
        double in = AngleCalc.ANGLE_CALC.calcAzimuth(
                points.getLat(before), points.getLon(before), points.getLat(i), points.getLon(i));
        double out = AngleCalc.ANGLE_CALC.calcAzimuth(
                points.getLat(i), points.getLon(i), points.getLat(after), points.getLon(after));
        double turn = (out - in) % 360;
        if (turn < 0) turn += 360;
        return turn > 180 ? turn - 360 : turn;
    }
}
