package se.accessiblenav.core.safety;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.util.DistanceCalcEarth;
import com.graphhopper.util.shapes.GHPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import se.accessiblenav.core.profile.WalkerProfile;
import se.accessiblenav.core.routing.MapInfo;
import se.accessiblenav.core.routing.PedestrianRouter;

/**
 * Draws origin/destination pairs for walking distance bands, reproducibly from a seed: an origin at a
 * random place of the map, a destination at a random bearing about the band's walking distance away
 * (a walk is some 1.3 times the straight line), kept when {@code foot}'s route is within 20 % of the
 * band. A band the map is too small for gets fewer pairs, or none.
 */
public final class DetourPairs {
    /** The walking distances of the route-safety tables: a short errand, a walk across a district, across a town. */
    public static final List<Integer> BANDS = List.of(500, 2_000, 5_000, 10_000);

    public static final long SEED = 20261202L;
    private static final double BAND_TOLERANCE = 0.2;
    private static final int ATTEMPTS_PER_PAIR = 60;

    private final PedestrianRouter router;

    public DetourPairs(PedestrianRouter router) {
        this.router = router;
    }

    public List<BandedPair> draw(int perBand, long seed) {
        List<BandedPair> pairs = new ArrayList<>();
        for (int band : BANDS) pairs.addAll(drawBand(band, perBand, new Random(seed + band)));
        return pairs;
    }

    private List<BandedPair> drawBand(int band, int count, Random random) {
        return draw(band * (1 - BAND_TOLERANCE), band * (1 + BAND_TOLERANCE), count, random).stream()
                .map(pair -> new BandedPair(band, pair))
                .toList();
    }

    /**
     * Pairs whose {@code foot} route is {@code minMeters} to {@code maxMeters} long, the destination at a
     * straight-line distance drawn evenly from the range divided by 1.3.
     */
    public List<OdPair> draw(double minMeters, double maxMeters, int count, Random random) {
        MapInfo map = router.mapInfo();
        List<OdPair> pairs = new ArrayList<>();
        for (int attempt = 0; pairs.size() < count && attempt < count * ATTEMPTS_PER_PAIR; attempt++) {
            double fromLat = map.minLat() + random.nextDouble() * (map.maxLat() - map.minLat());
            double fromLon = map.minLon() + random.nextDouble() * (map.maxLon() - map.minLon());
            double straight = (minMeters + random.nextDouble() * (maxMeters - minMeters)) / 1.3;
            GHPoint to = DistanceCalcEarth.DIST_EARTH.projectCoordinate(
                    fromLat, fromLon, straight, random.nextDouble() * 360);
            if (!inside(map, to)) continue;
            OdPair pair = new OdPair(fromLat, fromLon, to.getLat(), to.getLon());
            GHResponse response = router.route(new GHRequest(fromLat, fromLon, to.getLat(), to.getLon())
                    .setProfile(WalkerProfile.FOOT.profileName()));
            if (response.hasErrors()) continue;
            double meters = response.getBest().getDistance();
            if (meters >= minMeters && meters <= maxMeters && snappedNear(response, pair)) pairs.add(pair);
        }
        return pairs;
    }

    private static boolean inside(MapInfo map, GHPoint p) {
        return p.getLat() >= map.minLat()
                && p.getLat() <= map.maxLat()
                && p.getLon() >= map.minLon()
                && p.getLon() <= map.maxLon();
    }

    /** Both points lie within 200 m of the network: a point at sea or in a field is no walker's address. */
    private static boolean snappedNear(GHResponse response, OdPair pair) {
        var waypoints = response.getBest().getWaypoints();
        return DistanceCalcEarth.DIST_EARTH.calcDist(
                                pair.fromLat(), pair.fromLon(), waypoints.getLat(0), waypoints.getLon(0))
                        <= 200
                && DistanceCalcEarth.DIST_EARTH.calcDist(
                                pair.toLat(),
                                pair.toLon(),
                                waypoints.getLat(waypoints.size() - 1),
                                waypoints.getLon(waypoints.size() - 1))
                        <= 200;
    }
}
