package se.accessiblenav.core.bench;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import se.accessiblenav.core.profile.WalkerProfile;
import se.accessiblenav.core.routing.PedestrianRouter;
import se.accessiblenav.core.routing.RouterSettings;
import se.accessiblenav.core.safety.OdPair;

/**
 * What the number of landmarks per profile costs the route search ({@code bin/landmark-benchmark}): for one
 * extract and each count given, imports into a cache of its own and routes the same pairs with every profile,
 * 10 rounds, and prints p50 and p95 in ms and the mean settled nodes of the second of two passes.
 *
 * <p>Arguments: osm file, pairs csv or {@code -} (50 random pairs of graph nodes 0.5–6 km apart that have a
 * {@code foot} route, seed 11), work folder, landmark counts.
 */
public final class LandmarkCountBenchmark {
    private static final int ROUNDS = 10;

    private LandmarkCountBenchmark() {}

    public static void main(String[] args) {
        Path osm = Path.of(args[0]);
        for (int i = 3; i < args.length; i++) {
            int landmarks = Integer.parseInt(args[i]);
            Path cache = Path.of(args[2], "landmarks-" + landmarks);
            try (PedestrianRouter router = PedestrianRouter.open(new RouterSettings(osm, cache, landmarks, 200))) {
                List<OdPair> pairs = args[1].equals("-") ? randomPairs(router) : OdPair.readCsv(Path.of(args[1]));
                for (int pass = 0; pass < 2; pass++)
                    for (WalkerProfile profile : WalkerProfile.values()) {
                        List<Long> nanos = new ArrayList<>();
                        long settled = 0;
                        for (int round = 0; round < ROUNDS; round++)
                            for (OdPair pair : pairs) {
                                long start = System.nanoTime();
                                GHResponse response = router.route(request(pair, profile.profileName()));
                                nanos.add(System.nanoTime() - start);
                                settled += response.getHints().getLong("visited_nodes.sum", 0);
                            }
                        Collections.sort(nanos);
                        if (pass == 1)
                            System.out.printf(
                                    Locale.ROOT,
                                    "%s, %d landmarks, %s: p50 %.3f ms, p95 %.3f ms, settled nodes %d%n",
                                    osm.getFileName(),
                                    landmarks,
                                    profile.profileName(),
                                    nanos.get(nanos.size() / 2) / 1e6,
                                    nanos.get(nanos.size() * 95 / 100) / 1e6,
                                    settled / nanos.size());
                    }
            }
        }
    }

    private static GHRequest request(OdPair pair, String profile) {
        return new GHRequest(pair.fromLat(), pair.fromLon(), pair.toLat(), pair.toLon()).setProfile(profile);
    }

    private static List<OdPair> randomPairs(PedestrianRouter router) {
        var graph = router.graphHopper().getBaseGraph();
        var at = graph.getNodeAccess();
        Random random = new Random(11);
        List<OdPair> pairs = new ArrayList<>();
        while (pairs.size() < 50) {
            int from = random.nextInt(graph.getNodes());
            int to = random.nextInt(graph.getNodes());
            double meters = com.graphhopper.util.DistanceCalcEarth.DIST_EARTH.calcDist(
                    at.getLat(from), at.getLon(from), at.getLat(to), at.getLon(to));
            if (meters < 500 || meters > 6000) continue;
            OdPair pair = new OdPair(at.getLat(from), at.getLon(from), at.getLat(to), at.getLon(to));
            if (!router.route(request(pair, "foot")).hasErrors()) pairs.add(pair);
        }
        return pairs;
    }
}
