package se.accessiblenav.core.safety;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.accessiblenav.core.profile.WalkerProfile;
import se.accessiblenav.core.routing.PedestrianRouter;

/**
 * How much longer each walker profile's routes are than {@code foot}'s on the same pairs, per walking
 * distance band: the ratio of the two lengths pair by pair, its median and 95th percentile.
 */
public final class DetourRatios {
    /** One profile on one band: the pairs both it and {@code foot} routed, and their length ratios. */
    public record Band(String profile, int bandMeters, double[] sortedRatios, int bounded) {
        public int pairs() {
            return sortedRatios.length;
        }

        public double median() {
            return percentile(0.5);
        }

        public double p95() {
            return percentile(0.95);
        }

        public double max() {
            return sortedRatios.length == 0 ? Double.NaN : sortedRatios[sortedRatios.length - 1];
        }

        /** Nearest-rank percentile; NaN without pairs. */
        public double percentile(double q) {
            if (sortedRatios.length == 0) return Double.NaN;
            int rank = (int) Math.ceil(q * sortedRatios.length);
            return sortedRatios[Math.max(0, Math.min(sortedRatios.length - 1, rank - 1))];
        }
    }

    private final PedestrianRouter router;

    public DetourRatios(PedestrianRouter router) {
        this.router = router;
    }

    /** Every walker profile's bands, in the order of {@link WalkerProfile} and {@link DetourPairs#BANDS}. */
    public List<Band> measure(List<BandedPair> pairs) {
        Map<String, Map<Integer, List<Double>>> ratios = new LinkedHashMap<>();
        Map<String, Integer> boundedCounts = new HashMap<>();
        for (BandedPair banded : pairs) {
            double foot = length(banded.pair(), WalkerProfile.FOOT.profileName());
            if (!(foot > 0)) continue;
            for (WalkerProfile profile : WalkerProfile.values()) {
                if (profile == WalkerProfile.FOOT) continue;
                GHResponse response = route(banded.pair(), profile.profileName());
                if (response.hasErrors()) continue;
                double walker = response.getBest().getDistance();
                if (response.getHints().getBool("detour_bounded", false))
                    boundedCounts.merge(profile.profileName() + "@" + banded.bandMeters(), 1, Integer::sum);
                ratios.computeIfAbsent(profile.profileName(), p -> new LinkedHashMap<>())
                        .computeIfAbsent(banded.bandMeters(), b -> new ArrayList<>())
                        .add(walker / foot);
            }
        }
        List<Band> bands = new ArrayList<>();
        ratios.forEach((profile, byBand) -> byBand.forEach((band, values) -> bands.add(new Band(
                profile,
                band,
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray(),
                boundedCounts.getOrDefault(profile + "@" + band, 0)))));
        return bands;
    }

    private double length(OdPair pair, String profile) {
        GHResponse response = route(pair, profile);
        return response.hasErrors() ? Double.NaN : response.getBest().getDistance();
    }

    private GHResponse route(OdPair pair, String profile) {
        GHRequest request =
                new GHRequest(pair.fromLat(), pair.fromLon(), pair.toLat(), pair.toLon()).setProfile(profile);
        request.getHints().putObject("instructions", false);
        return router.route(request);
    }
}
