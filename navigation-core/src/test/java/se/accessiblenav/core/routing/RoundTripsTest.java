package se.accessiblenav.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.ResponsePath;
import com.graphhopper.util.shapes.GHPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoundTripsTest {
    private final List<Long> seedsTried = new ArrayList<>();

    private RoundTrips withLengths(Map<Long, Double> metersBySeed) {
        return new RoundTrips(request -> {
            long seed = request.getHints().getLong("round_trip.seed", 0);
            seedsTried.add(seed);
            GHResponse response = new GHResponse();
            response.add(new ResponsePath().setDistance(metersBySeed.getOrDefault(seed, 50_000.0)));
            return response;
        });
    }

    private static GHRequest roundTrip(double meters, long seed) {
        GHRequest request = new GHRequest(List.of(new GHPoint(47.15, 9.52)))
                .setProfile("blind_cane")
                .setAlgorithm("round_trip");
        request.getHints().putObject("round_trip.distance", meters).putObject("round_trip.seed", seed);
        return request;
    }

    @Test
    void aTripNearTheAskedLengthIsTakenAsItIs() {
        GHResponse trip = withLengths(Map.of(7L, 2300.0)).route(roundTrip(2000, 7));
        assertThat(trip.getBest().getDistance()).isEqualTo(2300);
        assertThat(seedsTried).containsExactly(7L);
    }

    @Test
    void whenNoShapeIsNearTheNearestOfAllIsTaken() {
        GHResponse trip = withLengths(Map.of(0L, 10_191.0, 1L, 3100.0, 2L, 4000.0, 3L, 5000.0))
                .route(roundTrip(2000, 0));
        assertThat(trip.getBest().getDistance()).isEqualTo(3100);
        assertThat(seedsTried).containsExactly(0L, 1L, 2L, 3L);
    }

    @Test
    void aFarTooLongTripIsTriedWithOtherShapesAndTheNearestTaken() {
        GHResponse trip = withLengths(Map.of(0L, 10_191.0, 1L, 3100.0, 2L, 2442.0, 3L, 5000.0))
                .route(roundTrip(2000, 0));
        assertThat(trip.getBest().getDistance()).isEqualTo(2442);
        assertThat(seedsTried).as("stops at the first near enough").containsExactly(0L, 1L, 2L);
    }
}
