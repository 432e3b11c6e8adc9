package se.accessiblenav.core.routing;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.GraphHopper;
import com.graphhopper.storage.NodeAccess;
import com.graphhopper.util.DistanceCalcEarth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A fixed set of walks that measures how hard the route search works with the landmarks in use: the
 * nodes it settles over all walks, for one profile. Landmarks that have grown loose around obstacles
 * make the search settle more; comparing with the same walks when the landmarks fitted tells whether
 * preparing them again is worth its CPU ({@link ObstacleLandmarks}).
 *
 * <p>The walks join random graph nodes {@value #MIN_METERS}–{@value #MAX_METERS} m apart (as the crow
 * flies), drawn with a fixed seed, so a small city and a big one are measured on walks of the same kind.
 */
final class LandmarkProbe {
    static final int WALKS = 16;
    static final double MIN_METERS = 500;
    static final double MAX_METERS = 3000;
    private static final long SEED = 20261202L;
    private static final int TRIES_PER_WALK = 2000;

    private final GraphHopper hopper;
    private final List<double[]> walks;

    LandmarkProbe(GraphHopper hopper) {
        this.hopper = hopper;
        this.walks = drawWalks(hopper);
    }

    private static List<double[]> drawWalks(GraphHopper hopper) {
        int nodes = hopper.getBaseGraph().getNodes();
        List<double[]> walks = new ArrayList<>(WALKS);
        if (nodes < 2) return walks;
        NodeAccess at = hopper.getBaseGraph().getNodeAccess();
        Random random = new Random(SEED);
        for (int i = 0; i < WALKS; i++) {
            int from = random.nextInt(nodes);
            for (int t = 0; t < TRIES_PER_WALK; t++) {
                int to = random.nextInt(nodes);
                double meters = DistanceCalcEarth.DIST_EARTH.calcDist(
                        at.getLat(from), at.getLon(from), at.getLat(to), at.getLon(to));
                if (meters >= MIN_METERS && meters <= MAX_METERS) {
                    walks.add(new double[] {at.getLat(from), at.getLon(from), at.getLat(to), at.getLon(to)});
                    break;
                }
            }
        }
        return walks;
    }

    /**
     * Nodes the search settles over every walk that has a route, with the landmarks routes use now; stops
     * early, with what it counted, when its thread is interrupted.
     */
    long settledNodes(String profile) {
        long settled = 0;
        for (double[] walk : walks) {
            if (Thread.currentThread().isInterrupted()) break; // the router is closing
            GHResponse response = hopper.route(new GHRequest(walk[0], walk[1], walk[2], walk[3])
                    .setProfile(profile)
                    .putHint("instructions", false)
                    .putHint("calc_points", false));
            settled += response.getHints().getLong("visited_nodes.sum", 0);
        }
        return settled;
    }

    int walks() {
        return walks.size();
    }
}
