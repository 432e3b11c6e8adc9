package se.accessiblenav.core.safety;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.ResponsePath;
import com.graphhopper.json.Statement;
import com.graphhopper.util.CustomModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.accessiblenav.core.profile.WalkerProfile;
import se.accessiblenav.core.routing.DetourBound;
import se.accessiblenav.core.routing.PedestrianRouter;

/**
 * Routes the same origin/destination pairs with each profile and counts, from the OSM data, what a
 * walker meets on them. Only pairs that every variant can route are compared.
 */
public final class SafetyComparison {
    /**
     * A row of the comparison: a profile, optionally with a request custom model, or (with a {@code
     * search} objective and no profile) the walks {@link FewestCrossings} finds.
     */
    public record Variant(
            String label,
            String profile,
            CustomModel customModel,
            FewestCrossings.Objective search,
            double withinFootFactor,
            boolean withoutDetourBound) {
        public Variant(String label, String profile, CustomModel customModel) {
            this(label, profile, customModel, null, Double.POSITIVE_INFINITY, false);
        }

        static Variant searched(String label, FewestCrossings.Objective objective) {
            return new Variant(label, null, null, objective, Double.POSITIVE_INFINITY, false);
        }

        /** The search's best walk among those at most {@code factor} times as long as {@code foot}'s route. */
        static Variant searchedWithin(String label, FewestCrossings.Objective objective, double factor) {
            return new Variant(label, null, null, objective, factor, false);
        }

        /** The profile's own safest walk, however long: {@code max_detour_factor=0}. */
        public static Variant unbounded(String profile) {
            return new Variant(profile + " without detour bound", profile, null, null, Double.POSITIVE_INFINITY, true);
        }
    }

    /** The detour the route-safety targets allow: the floor is what walks up to this times foot's length reach. */
    public static final double FLOOR_DETOUR = 1.25;

    /**
     * Not a profile: the fewest unsignalled street crossings of any walk no longer than 1.25 × foot's route.
     * The product's target: a walker profile at most 15 % above it.
     */
    public static final Variant FEWEST_WITHIN = Variant.searchedWithin(
            "(reference) fewest possible within 1.25 × foot", FewestCrossings.Objective.CROSSINGS, FLOOR_DETOUR);

    /**
     * Not a profile: the fewest unsignalled busy crossings (then all) of any walk no longer than 1.25 ×
     * foot's route. A profile may cross a busy road without signals only where this one does too.
     */
    public static final Variant FEWEST_BUSY_WITHIN = Variant.searchedWithin(
            "(reference) fewest busy possible within 1.25 × foot",
            FewestCrossings.Objective.BUSY_CROSSINGS_FIRST,
            FLOOR_DETOUR);

    /**
     * One variant over all compared pairs: what its routes meet in total ({@link RouteSafety#lengthMeters}
     * is then their summed length) and their median length.
     */
    public record Summary(String label, int routes, RouteSafety total, double medianLengthMeters) {}

    /** What a GraphHopper user gets from one line of custom model on foot: avoid unmarked/uncontrolled crossings. */
    public static final Variant FOOT_ONE_LINE_MODEL = new Variant(
            "foot + one-line custom model",
            WalkerProfile.FOOT.profileName(),
            new CustomModel()
                    .addToPriority(Statement.If(
                            "crossing == UNMARKED || crossing == UNCONTROLLED", Statement.Op.MULTIPLY, "0.1")));

    /**
     * Not a profile: the walk with the fewest unsignalled street crossings there is, by this count, at
     * any detour ({@link FewestCrossings}). No profile can have fewer on the same pairs.
     */
    public static final Variant FEWEST_POSSIBLE =
            Variant.searched("(reference) fewest possible, any detour", FewestCrossings.Objective.CROSSINGS);

    /**
     * Not a profile: the walk with the fewest unsignalled crossings of busy roads there is, then the
     * fewest of all streets. No profile can cross fewer busy roads without signals on the same pairs.
     */
    public static final Variant FEWEST_BUSY_POSSIBLE = Variant.searched(
            "(reference) fewest busy possible, any detour", FewestCrossings.Objective.BUSY_CROSSINGS_FIRST);

    /**
     * Not a profile: for each pair, the shortest walk when each unsignalled street crossing costs as much
     * as a 1000 m detour, which on the Berlin pairs lands at a median 1.15 × foot, about blind_cane's
     * length. What any route can reach at about that length.
     */
    public static final Variant CROSSING_WORTH_A_KILOMETRE = Variant.searched(
            "(reference) fewest at 1000 m per crossing", FewestCrossings.Objective.crossingsAsDetour(1000));

    public static List<Variant> standardVariants() {
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("foot", WalkerProfile.FOOT.profileName(), null));
        variants.add(FOOT_ONE_LINE_MODEL);
        for (WalkerProfile p : WalkerProfile.values())
            if (p != WalkerProfile.FOOT) variants.add(new Variant(p.profileName(), p.profileName(), null));
        variants.add(Variant.unbounded(WalkerProfile.BLIND_CANE.profileName()));
        variants.add(FEWEST_WITHIN);
        variants.add(FEWEST_BUSY_WITHIN);
        variants.add(FEWEST_POSSIBLE);
        variants.add(FEWEST_BUSY_POSSIBLE);
        variants.add(CROSSING_WORTH_A_KILOMETRE);
        return variants;
    }

    private final PedestrianRouter router;
    private final CrossingCounter counter;
    private final FewestCrossings fewest;

    public SafetyComparison(PedestrianRouter router, OsmWalkIndex osm) {
        this.router = router;
        this.counter = new CrossingCounter(osm);
        this.fewest = new FewestCrossings(router.graphHopper(), counter);
    }

    public List<Summary> compare(List<OdPair> pairs, List<Variant> variants) {
        Map<Variant, List<RouteSafety>> results = new LinkedHashMap<>();
        variants.forEach(v -> results.put(v, new ArrayList<>()));
        for (OdPair pair : pairs) {
            Map<Variant, RouteSafety> forPair = new LinkedHashMap<>();
            double footMeters = Double.NaN;
            for (Variant variant : variants) {
                Optional<RouteSafety> safety = variant.search() != null
                        ? searched(pair, variant.search(), variant.withinFootFactor() * footMeters)
                        : routed(pair, variant);
                if (safety.isPresent()
                        && WalkerProfile.FOOT.profileName().equals(variant.profile())
                        && variant.customModel() == null)
                    footMeters = safety.get().lengthMeters();
                if (safety.isEmpty()) break;
                forPair.put(variant, safety.get());
            }
            if (forPair.size() == variants.size())
                forPair.forEach((v, safety) -> results.get(v).add(safety));
        }
        List<Summary> summaries = new ArrayList<>();
        results.forEach((variant, routes) -> summaries.add(summarise(variant.label(), routes)));
        return summaries;
    }

    private Optional<RouteSafety> routed(OdPair pair, Variant variant) {
        GHResponse response = router.route(request(pair, variant));
        if (response.hasErrors()) return Optional.empty();
        ResponsePath path = response.getBest();
        return Optional.of(counter.count(path.getPoints(), path.getDistance()));
    }

    private Optional<RouteSafety> searched(OdPair pair, FewestCrossings.Objective objective, double maxMeters) {
        // a bound relative to foot without foot's route (NaN) is no bound
        double bound = Double.isNaN(maxMeters) ? Double.POSITIVE_INFINITY : maxMeters;
        return fewest.walk(pair.fromLat(), pair.fromLon(), pair.toLat(), pair.toLon(), objective, bound)
                .map(walk -> counter.count(walk.points(), walk.lengthMeters()));
    }

    static GHRequest request(OdPair pair, Variant variant) {
        GHRequest request =
                new GHRequest(pair.fromLat(), pair.fromLon(), pair.toLat(), pair.toLon()).setProfile(variant.profile());
        if (variant.customModel() != null) request.setCustomModel(variant.customModel());
        if (variant.withoutDetourBound()) request.getHints().putObject(DetourBound.HINT, 0);
        request.getHints().putObject("instructions", false);
        request.getHints().putObject("way_point_max_distance", 0);
        return request;
    }

    static Summary summarise(String label, List<RouteSafety> routes) {
        double[] lengths =
                routes.stream().mapToDouble(RouteSafety::lengthMeters).sorted().toArray();
        double median = lengths.length == 0
                ? 0
                : lengths.length % 2 == 1
                        ? lengths[lengths.length / 2]
                        : (lengths[lengths.length / 2 - 1] + lengths[lengths.length / 2]) / 2;
        return new Summary(label, routes.size(), routes.stream().reduce(RouteSafety.NONE, RouteSafety::plus), median);
    }
}
