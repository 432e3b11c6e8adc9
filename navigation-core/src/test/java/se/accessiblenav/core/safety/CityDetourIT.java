package se.accessiblenav.core.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.accessiblenav.core.routing.PedestrianRouter;
import se.accessiblenav.core.routing.RouterSettings;
import se.accessiblenav.core.routing.SharedData;

/**
 * The walker profiles' detours on cities the profiles were not tuned on: Malta (crossings barely tagged,
 * where the profiles used to send walkers 50 % further) and Heidelberg (trams), on the fixed pairs of
 * {@code docs/safety/<city>-detour-pairs.csv} (0.5, 2, 5 and 10 km walks): for every walker profile and
 * distance, the median length at most 1.25 × {@code foot}'s and the 95th percentile at most 1.6 ×.
 */
class CityDetourIT {
    @ParameterizedTest
    @ValueSource(strings = {"alt/malta-2016.osm.pbf", "alt/heidelberg-de.osm.pbf"})
    void walkerRoutesStayWithinTheDetourBounds(String file) {
        Path extract = SharedData.dir().resolve(file);
        String city = extract.getFileName().toString().replace(".osm.pbf", "");
        List<BandedPair> pairs = BandedPair.readCsv(Path.of("../docs/safety/" + city + "-detour-pairs.csv"));
        List<DetourRatios.Band> bands;
        try (PedestrianRouter router = PedestrianRouter.open(
                new RouterSettings(SharedData.require(extract), SharedData.sharedCacheDir(extract)))) {
            bands = new DetourRatios(router).measure(pairs);
        }
        // three walker profiles on every distance the pairs file holds
        assertThat(bands)
                .hasSize(3
                        * (int) pairs.stream()
                                .map(BandedPair::bandMeters)
                                .distinct()
                                .count());
        for (DetourRatios.Band band : bands) {
            String what = city + " " + band.profile() + " " + band.bandMeters() + " m";
            assertThat(band.pairs()).as(what + ": pairs routed").isGreaterThanOrEqualTo(20);
            assertThat(band.median()).as(what + ": median × foot").isLessThanOrEqualTo(1.25);
            assertThat(band.p95()).as(what + ": 95th percentile × foot").isLessThanOrEqualTo(1.6);
        }
    }
}
