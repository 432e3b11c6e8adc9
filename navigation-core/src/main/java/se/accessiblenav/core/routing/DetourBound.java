package se.accessiblenav.core.routing;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.ResponsePath;
import com.graphhopper.json.Statement;
import com.graphhopper.util.CustomModel;
import com.graphhopper.util.DistanceCalcEarth;
import com.graphhopper.util.PMap;
import com.graphhopper.util.shapes.GHPoint;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import se.accessiblenav.core.osm.RelaxedPriority;
import se.accessiblenav.core.profile.WalkerProfile;

/**
 * Keeps a walker profile's route within {@code max_detour_factor} times the length of {@code foot}'s. When
 * the profile's own walk is longer, the answer's first path is the safest walk within the bound, and its
 * second the profile's own walk, so the walker can choose; each path's description says which it is.
 *
 * <p>The walk within the bound is searched with {@code foot} and the profile's rules at a fraction of their
 * weight ({@link RelaxedPriority}), dearest fraction first, first with its rules for busy roads without
 * signals at their full price ({@link WalkerProfile#busyCrossingRules()}: such a crossing stays the last
 * thing given up), then without; where none is short enough, {@code foot}'s own walk. {@code foot}'s
 * landmarks serve these searches, because the fractions and rules only make edges dearer.
 */
public final class DetourBound {
    /** The request hint, as GraphHopper's own hints are named: a number of at least 1, or 0 for no bound. */
    public static final String HINT = "max_detour_factor";
    /**
     * Unless a request sets its own bound, a walker route may be this many times as long as {@code foot}'s
     * (a walker sent 60 % further to avoid crossings stops trusting the route) ...
     */
    public static final double DEFAULT_FACTOR = 1.6;
    /** ... and at most this much longer (half an hour more on a 10 km walk is no walker's choice) ... */
    public static final double DEFAULT_MAX_EXTRA_METERS = 1500;
    /**
     * ... but always this many times as long: the length within which the product's safety rules are judged
     * (no busy crossing without signals where a walk within 1.25 × {@code foot}'s avoids it).
     */
    public static final double DEFAULT_MIN_FACTOR = 1.25;
    /** The highest factor a request may set; more is no bound at all (use 0). */
    public static final double MAX_FACTOR = 10;
    /** The fractions of the profile's rules tried, dearest first, in percent. */
    public static final List<Integer> RELAXED_PERCENTS = List.of(30, 10);

    static final String SAFEST = "safest walk for this profile";
    static final String BOUNDED = "shorter walk within max_detour_factor";

    private final Function<GHRequest, GHResponse> search;
    /** Each walker profile's busy-crossing rules, read once from its shipped model, not per request. */
    private final Map<WalkerProfile, List<Statement>> busyRules = new EnumMap<>(WalkerProfile.class);

    DetourBound(Function<GHRequest, GHResponse> search) {
        this.search = search;
        for (WalkerProfile profile : WalkerProfile.values())
            if (profile.precomputed()) busyRules.put(profile, profile.busyCrossingRules());
    }

    /** Routes the request; for a walker profile, within the request's detour bound. */
    GHResponse route(GHRequest request) {
        double factor = factor(request);
        GHResponse safest = search.apply(request);
        WalkerProfile profile = WalkerProfile.findByName(request.getProfile()).orElse(WalkerProfile.FOOT);
        if (factor == 0 || !profile.precomputed() || safest.hasErrors() || isAlternativeRequest(request)) return safest;
        double length = safest.getBest().getDistance();
        // no walk is shorter than the straight lines between the points, and the bound grows with the
        // shortest walk's length: most routes need no comparison
        if (length <= bound(factor, straightLine(request.getPoints()))) return safest;
        GHResponse foot = search.apply(variant(request, null, List.of()));
        if (foot.hasErrors()) return safest;
        double bound = bound(factor, foot.getBest().getDistance());
        if (length <= bound) return safest;
        ResponsePath within = foot.getBest();
        List<Statement> busy = busyRules.get(profile);
        search:
        for (boolean keepBusy : new boolean[] {true, false})
            for (int percent : RELAXED_PERCENTS) {
                GHResponse relaxed = search.apply(variant(
                        request, RelaxedPriority.key(profile.profileName(), percent), keepBusy ? busy : List.of()));
                if (!relaxed.hasErrors() && relaxed.getBest().getDistance() <= bound) {
                    within = relaxed.getBest();
                    break search;
                }
            }
        return answer(
                safest,
                within,
                bound / foot.getBest().getDistance(),
                foot.getBest().getDistance());
    }

    /**
     * The longest walk allowed when {@code foot}'s is {@code footMeters} long: the request's factor times
     * it, or by default 1.6 times it but at most 1.5 km more, and never less than 1.25 times it (NaN factor).
     */
    static double bound(double factor, double footMeters) {
        if (!Double.isNaN(factor)) return factor * footMeters;
        return Math.max(
                DEFAULT_MIN_FACTOR * footMeters,
                Math.min(DEFAULT_FACTOR * footMeters, footMeters + DEFAULT_MAX_EXTRA_METERS));
    }

    /** The request's {@value #HINT} hint; NaN for the default bound. */
    static double factor(GHRequest request) {
        PMap hints = request.getHints();
        if (!hints.has(HINT)) return Double.NaN;
        Object value = hints.getObject(HINT, null);
        double factor;
        try {
            factor = value instanceof Number n
                    ? n.doubleValue()
                    : Double.parseDouble(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            factor = Double.NaN;
        }
        if (!(factor == 0 || (factor >= 1 && factor <= MAX_FACTOR)))
            throw new IllegalArgumentException(HINT + " must be a number from 1 to " + (int) MAX_FACTOR
                    + " (how many times the shortest walk a route may be), or 0 for no bound; was " + value);
        return factor;
    }

    /** Alternatives and round trips are compared with nothing: no single shortest walk bounds them. */
    private static boolean isAlternativeRequest(GHRequest request) {
        return "alternative_route".equalsIgnoreCase(request.getAlgorithm())
                || "round_trip".equalsIgnoreCase(request.getAlgorithm());
    }

    private static double straightLine(List<GHPoint> points) {
        double meters = 0;
        for (int i = 1; i < points.size(); i++)
            meters += DistanceCalcEarth.DIST_EARTH.calcDist(
                    points.get(i - 1).lat, points.get(i - 1).lon, points.get(i).lat, points.get(i).lon);
        return meters;
    }

    /** The request on {@code foot}, with the request's own model and, if given, a relaxed walker priority. */
    private static GHRequest variant(GHRequest request, String relaxedPriority, List<Statement> fullRules) {
        GHRequest copy = new GHRequest(request.getPoints())
                .setProfile(WalkerProfile.FOOT.profileName())
                .setHeadings(request.getHeadings())
                .setPointHints(request.getPointHints())
                .setCurbsides(request.getCurbsides())
                .setSnapPreventions(request.getSnapPreventions())
                .setPathDetails(request.getPathDetails())
                .setAlgorithm(request.getAlgorithm())
                .setLocale(request.getLocale());
        copy.getHints().putAll(request.getHints());
        CustomModel model =
                request.getCustomModel() == null ? new CustomModel() : new CustomModel(request.getCustomModel());
        if (relaxedPriority != null) model.addToPriority(Statement.If("true", Statement.Op.MULTIPLY, relaxedPriority));
        fullRules.forEach(model::addToPriority);
        if (request.getCustomModel() != null || relaxedPriority != null) copy.setCustomModel(model);
        return copy;
    }

    private static GHResponse answer(GHResponse safest, ResponsePath within, double factor, double footMeters) {
        ResponsePath safe = safest.getBest();
        within.setDescription(List.of(String.format(
                Locale.ROOT,
                "%s (%.2f): %.2f × the shortest walk; the safest is %.2f ×",
                BOUNDED,
                factor,
                within.getDistance() / footMeters,
                safe.getDistance() / footMeters)));
        safe.setDescription(List.of(
                String.format(Locale.ROOT, "%s: %.2f × the shortest walk", SAFEST, safe.getDistance() / footMeters)));
        GHResponse answer = new GHResponse();
        answer.add(within);
        answer.add(safe);
        answer.getHints().putAll(safest.getHints());
        answer.getHints().putObject("detour_bounded", true);
        return answer;
    }
}
