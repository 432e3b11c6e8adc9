package se.accessiblenav.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.accessiblenav.core.guidance.LocationDescription;
import se.accessiblenav.core.guidance.PlaceDescription;

/** "Where am I" and "around me" on the fixture: Storgatan with its south sidewalk, a café and a bus stop. */
class LocationDescriptionTest {
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @TempDir
    static Path cacheDir;

    static PedestrianRouter router;

    @BeforeAll
    static void open() {
        router = PedestrianRouter.open(FixtureGraph.settings(cacheDir));
    }

    @AfterAll
    static void close() {
        router.close();
    }

    @Test
    void streetSideAndCorner() {
        LocationDescription here = router.describeLocation(59.32992, 18.0625, 90.0, 5.0, Locale.ENGLISH);
        assertThat(here.street()).isEqualTo("Storgatan");
        assertThat(here.shortText()).isEqualTo("You are on the south side of Storgatan.");
        assertThat(here.fullText())
                .isEqualTo(
                        "You are on the south side of Storgatan. 30 metres from the corner of Storgatan and Lillgatan. You are heading east.");
        assertThat(router.describeLocation(59.32992, 18.0625, null, null, SWEDISH)
                        .shortText())
                .isEqualTo("Du är på södra sidan av Storgatan.");
    }

    @Test
    void wordingFollowsGpsAccuracy() {
        assertThat(router.describeLocation(59.32992, 18.0625, null, 15.0, Locale.ENGLISH)
                        .fullText())
                .contains("about 30 metres");
        assertThat(router.describeLocation(59.32992, 18.0625, null, 40.0, Locale.ENGLISH)
                        .fullText())
                .contains("around 30 metres")
                .contains("GPS is inaccurate");
    }

    @Test
    void placesAroundWithClockDirections() {
        List<PlaceDescription> around =
                router.listPlacesAround(59.3300, 18.0620, 50, 90.0, false, null, Locale.ENGLISH);
        // both lie 33 m away, in opposite directions
        assertThat(around)
                .extracting(PlaceDescription::text)
                .containsExactlyInAnyOrder(
                        "Kafé Hörnet, café, 30 metres at 11 o'clock.", "Storplan, bus stop, 30 metres at 5 o'clock.");
        assertThat(router.listPlacesAround(59.3300, 18.0620, 50, null, false, null, SWEDISH))
                .extracting(PlaceDescription::text)
                .contains("Kafé Hörnet, kafé, 30 meter mot nordost.", "Storplan, busshållplats, 30 meter mot sydväst.");
    }

    @Test
    void aheadOfMeKeepsWhatLiesWithin45DegreesOfTheHeading() {
        List<PlaceDescription> west = router.listPlacesAround(59.3300, 18.0620, 50, 250.0, true, null, Locale.ENGLISH);
        assertThat(west).extracting(PlaceDescription::name).containsExactly("Storplan");
        assertThat(router.summarisePlaces(west.size(), 50, Locale.ENGLISH)).isEqualTo("One place within 50 metres.");
    }
}
