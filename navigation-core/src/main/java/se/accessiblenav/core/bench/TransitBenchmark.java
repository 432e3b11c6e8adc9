package se.accessiblenav.core.bench;

import com.conveyal.gtfs.model.Stop;
import com.graphhopper.util.DistanceCalcEarth;
import com.graphhopper.util.shapes.GHPoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import se.accessiblenav.core.guidance.GuidanceOptions;
import se.accessiblenav.core.routing.PedestrianRouter;
import se.accessiblenav.core.routing.RouterSettings;
import se.accessiblenav.core.routing.TransitQuery;
import se.accessiblenav.core.routing.TransitRouter;

/**
 * What trips with public transport cost ({@code bin/transit-benchmark}): the import with and without the
 * timetable (time, heap after load, cache size), then 50 trips between random stops 1.5–8 km apart at random
 * times of one service day (seed 7), each planned with guidance ({@link TransitRouter#plan}) and by
 * GraphHopper alone ({@link TransitRouter#route}), p50 and p95 of the second of two passes.
 *
 * <p>Arguments: osm file, GTFS zip, work folder, service day (yyyy-mm-dd), time zone.
 */
public final class TransitBenchmark {
    private TransitBenchmark() {}

    public static void main(String[] args) {
        Path osm = Path.of(args[0]);
        Path gtfs = Path.of(args[1]);
        Path work = Path.of(args[2]);
        LocalDate day = LocalDate.parse(args[3]);
        ZoneId zone = ZoneId.of(args[4]);
        open(osm, work.resolve("walking"), List.of(), "walking only").close();
        try (PedestrianRouter router =
                open(osm, work.resolve("transit"), List.of(gtfs), "with " + gtfs.getFileName())) {
            TransitRouter transit = router.transit().orElseThrow();
            List<TransitQuery> queries = queries(router, day, zone);
            GuidanceOptions options = GuidanceOptions.defaults(Locale.ENGLISH);
            for (int pass = 0; pass < 2; pass++) {
                List<Long> planned = new ArrayList<>();
                List<Long> routed = new ArrayList<>();
                int found = 0;
                for (TransitQuery query : queries) {
                    long start = System.nanoTime();
                    if (!transit.route(query).hasErrors()) found++;
                    routed.add(System.nanoTime() - start);
                    start = System.nanoTime();
                    transit.plan(query, options);
                    planned.add(System.nanoTime() - start);
                }
                if (pass == 1) {
                    System.out.printf(Locale.ROOT, "transit: %d of %d trips found%n", found, queries.size());
                    report("GraphHopper's trip alone (route)", routed);
                    report("trip with guidance for every leg (plan, as /route-pt)", planned);
                }
            }
        }
    }

    private static PedestrianRouter open(Path osm, Path cache, List<Path> feeds, String what) {
        clear(cache);
        long start = System.nanoTime();
        PedestrianRouter router = PedestrianRouter.open(new RouterSettings(osm, cache).withTransitFeeds(feeds));
        long importMillis = (System.nanoTime() - start) / 1_000_000;
        router.close();
        start = System.nanoTime();
        PedestrianRouter loaded = PedestrianRouter.open(new RouterSettings(osm, cache).withTransitFeeds(feeds));
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.out.printf(
                Locale.ROOT,
                "transit: %s, %s: import %.1f s, load %.1f s, heap after load %d MB, cache %d MB%n",
                osm.getFileName(),
                what,
                importMillis / 1000.0,
                loadMillis / 1000.0,
                heap / 1_000_000,
                loaded.cacheBytes() / 1_000_000);
        return loaded;
    }

    private static List<TransitQuery> queries(PedestrianRouter router, LocalDate day, ZoneId zone) {
        List<Stop> stops = new ArrayList<>();
        var feeds = router.transit().orElseThrow().stops();
        feeds.stream().filter(stop -> stop.location_type != 1).forEach(stops::add);
        stops.sort(Comparator.comparing(stop -> stop.stop_id));
        Random random = new Random(7);
        List<TransitQuery> queries = new ArrayList<>();
        while (queries.size() < 50) {
            Stop from = stops.get(random.nextInt(stops.size()));
            Stop to = stops.get(random.nextInt(stops.size()));
            double meters =
                    DistanceCalcEarth.DIST_EARTH.calcDist(from.stop_lat, from.stop_lon, to.stop_lat, to.stop_lon);
            if (meters < 1500 || meters > 8000) continue;
            Instant time = day.atTime(6, 0)
                    .plusMinutes(random.nextInt(14 * 60))
                    .atZone(zone)
                    .toInstant();
            // 100 m off each stop, so that every trip walks to its first stop and from its last
            queries.add(TransitQuery.departing(
                    new GHPoint(from.stop_lat + 0.0009, from.stop_lon),
                    new GHPoint(to.stop_lat - 0.0009, to.stop_lon),
                    time,
                    "blind_cane",
                    Locale.ENGLISH));
        }
        return queries;
    }

    private static void report(String what, List<Long> nanos) {
        Collections.sort(nanos);
        System.out.printf(
                Locale.ROOT,
                "transit: %s: p50 %.1f ms, p95 %.1f ms%n",
                what,
                nanos.get(nanos.size() / 2) / 1e6,
                nanos.get(nanos.size() * 95 / 100) / 1e6);
    }

    private static void clear(Path dir) {
        if (!Files.exists(dir)) return;
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
