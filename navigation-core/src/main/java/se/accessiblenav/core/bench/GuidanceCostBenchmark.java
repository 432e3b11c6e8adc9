package se.accessiblenav.core.bench;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.ResponsePath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.accessiblenav.core.guidance.GuidanceComposer;
import se.accessiblenav.core.guidance.GuidanceOptions;
import se.accessiblenav.core.routing.PedestrianRouter;
import se.accessiblenav.core.routing.RouterSettings;
import se.accessiblenav.core.safety.OdPair;

/**
 * Where the cost of spoken guidance goes, per route (p50 over pairs × rounds, blind_cane): routing
 * alone, routing with the path details guidance needs, and composing the cues from a routed path.
 *
 * <p>Usage: {@code bin/guidance-benchmark [osm-file] [pairs-csv] [rounds]}
 */
public final class GuidanceCostBenchmark {
    private GuidanceCostBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path osm = Path.of(args[0]);
        List<OdPair> pairs = OdPair.readCsv(Path.of(args[1]));
        Path work = Path.of(args[2]);
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        GuidanceOptions options = GuidanceOptions.defaults(Locale.ENGLISH);
        try (PedestrianRouter router = PedestrianRouter.open(new RouterSettings(osm, work.resolve("graph"), 16, 200))) {
            List<ResponsePath> paths = new ArrayList<>();
            for (OdPair pair : pairs) {
                GHResponse response = router.route(request(pair).setPathDetails(GuidanceComposer.REQUIRED_DETAILS));
                if (!response.hasErrors()) paths.add(response.getBest());
            }
            List<OdPair> routable = pairs.stream()
                    .filter(p -> !router.route(request(p)).hasErrors())
                    .toList();
            for (int warm = 0; warm < 5; warm++) measure(router, routable, paths, options, 1);
            double[] p50 = measure(router, routable, paths, options, rounds);
            System.out.printf(
                    Locale.ROOT,
                    "%s, %d routes × %d rounds, blind_cane, p50 per route:%n"
                            + "  route alone                   %.3f ms%n"
                            + "  route with guidance details   %.3f ms (+%.3f ms)%n"
                            + "  composing the cues            %.3f ms%n"
                            + "  route with details and cues / route alone: %.2f×%n",
                    osm.getFileName(),
                    routable.size(),
                    rounds,
                    p50[0],
                    p50[1],
                    p50[1] - p50[0],
                    p50[2],
                    (p50[1] + p50[2]) / p50[0]);
        }
    }

    private static double[] measure(
            PedestrianRouter router,
            List<OdPair> pairs,
            List<ResponsePath> paths,
            GuidanceOptions options,
            int rounds) {
        List<Long> alone = new ArrayList<>();
        List<Long> detailed = new ArrayList<>();
        List<Long> composed = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (OdPair pair : pairs) {
                long t0 = System.nanoTime();
                router.route(request(pair));
                long t1 = System.nanoTime();
                router.route(request(pair).setPathDetails(GuidanceComposer.REQUIRED_DETAILS));
                long t2 = System.nanoTime();
                alone.add(t1 - t0);
                detailed.add(t2 - t1);
            }
            for (ResponsePath path : paths) {
                long t0 = System.nanoTime();
                router.guide(path, options);
                composed.add(System.nanoTime() - t0);
            }
        }
        return new double[] {median(alone), median(detailed), median(composed)};
    }

    private static double median(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static GHRequest request(OdPair pair) {
        return new GHRequest(pair.fromLat(), pair.fromLon(), pair.toLat(), pair.toLon()).setProfile("blind_cane");
    }
}
