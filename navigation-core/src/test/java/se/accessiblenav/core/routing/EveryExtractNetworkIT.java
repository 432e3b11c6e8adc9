package se.accessiblenav.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.util.DistanceCalcEarth;
import com.graphhopper.util.PointList;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.accessiblenav.core.profile.WalkerProfile;

/**
 * The network queries beside routes on every extract in {@code ../shared/data}, from the middle of its
 * network (the median junction position): each profile's nearest way, ten minutes' reach for {@code foot} and {@code blind_cane},
 * and a blind_cane round trip of 2 km that ends where it starts and is at most 1.6 times as long. Figures are logged per city.
 */
class EveryExtractNetworkIT {
    private static final Logger LOG = LoggerFactory.getLogger(EveryExtractNetworkIT.class);

    static Stream<Path> extracts() {
        return SharedData.allExtracts().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("extracts")
    void nearestReachAndRoundTripWorkFromTheMiddleOfTheMap(Path extract) {
        try (PedestrianRouter router =
                PedestrianRouter.open(new RouterSettings(extract, SharedData.sharedCacheDir(extract)))) {
            WalkableNetwork network = router.network();
            double[] middle = middleOfTheNetwork(router);
            NearestWay start =
                    network.nearest(middle[0], middle[1], "blind_cane").orElseThrow();
            List<NearestWay> nearest = network.nearest(start.lat(), start.lon());
            assertThat(nearest).extracting(NearestWay::profile).hasSize(WalkerProfile.values().length);
            assertThat(nearest)
                    .allSatisfy(way -> assertThat(way.distanceMeters()).isLessThan(50));

            Reachability foot = network.reach(new ReachQuery(start.lat(), start.lon(), "foot", false, 600, 1, false));
            Reachability cane =
                    network.reach(new ReachQuery(start.lat(), start.lon(), "blind_cane", false, 600, 1, false));
            double footArea = squareMeters(foot.areas().get(0).polygon(), start.lat());
            double caneArea = squareMeters(cane.areas().get(0).polygon(), start.lat());
            assertThat(footArea).as("foot's ten minutes").isGreaterThan(10_000).isLessThan(Math.PI * 900 * 900);
            assertThat(caneArea).as("blind_cane's ten minutes").isGreaterThan(5_000);
            assertThat(cane.areas().get(0).polygon().buffer(0.0001).contains(point(start)))
                    .as("the start is inside the area")
                    .isTrue();

            GHRequest roundTrip = new GHRequest(
                            List.of(new com.graphhopper.util.shapes.GHPoint(start.lat(), start.lon())))
                    .setProfile("blind_cane")
                    .setAlgorithm("round_trip");
            roundTrip.getHints().putObject("round_trip.distance", 2000).putObject("round_trip.seed", 1);
            GHResponse trip = router.route(roundTrip);
            String tripFigure = "none";
            if (!trip.hasErrors()) {
                PointList points = trip.getBest().getPoints();
                assertThat(DistanceCalcEarth.DIST_EARTH.calcDist(
                                points.getLat(0),
                                points.getLon(0),
                                points.getLat(points.size() - 1),
                                points.getLon(points.size() - 1)))
                        .as("a round trip ends where it starts")
                        .isLessThan(1.0);
                assertThat(trip.getBest().getDistance())
                        .as("a round trip of 2 km asked for")
                        .isLessThan(3200);
                tripFigure = Math.round(trip.getBest().getDistance()) + " m";
            }
            LOG.info(
                    "{}: start on {} ({}); ten minutes: foot {} km², blind_cane {} km² ({} %); round trip of 2 km: {}",
                    extract.getFileName(),
                    start.name().isEmpty() ? "an unnamed " + start.roadClass() : start.name(),
                    String.format(java.util.Locale.ROOT, "%.5f,%.5f", start.lat(), start.lon()),
                    String.format(java.util.Locale.ROOT, "%.3f", footArea / 1e6),
                    String.format(java.util.Locale.ROOT, "%.3f", caneArea / 1e6),
                    Math.round(100 * caneArea / footArea),
                    tripFigure);
        }
    }

    /** The median latitude and longitude of the graph's junctions: in town, where the map's ways are. */
    private static double[] middleOfTheNetwork(PedestrianRouter router) {
        var graph = router.graphHopper().getBaseGraph();
        double[] lats = new double[graph.getNodes()];
        double[] lons = new double[graph.getNodes()];
        for (int node = 0; node < graph.getNodes(); node++) {
            lats[node] = graph.getNodeAccess().getLat(node);
            lons[node] = graph.getNodeAccess().getLon(node);
        }
        java.util.Arrays.sort(lats);
        java.util.Arrays.sort(lons);
        return new double[] {lats[lats.length / 2], lons[lons.length / 2]};
    }

    private static org.locationtech.jts.geom.Point point(NearestWay way) {
        return new GeometryFactory().createPoint(new Coordinate(way.lon(), way.lat()));
    }

    private static double squareMeters(Geometry polygon, double lat) {
        return polygon.getArea()
                * DistanceCalcEarth.METERS_PER_DEGREE
                * DistanceCalcEarth.METERS_PER_DEGREE
                * Math.cos(Math.toRadians(lat));
    }
}
