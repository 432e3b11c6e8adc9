package se.accessiblenav.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import se.accessiblenav.core.guidance.Cue;
import se.accessiblenav.core.guidance.CueKind;
import se.accessiblenav.core.guidance.GuidanceComposer;
import se.accessiblenav.core.guidance.GuidanceOptions;
import se.accessiblenav.core.guidance.RouteGuidance;
import se.accessiblenav.core.obstacle.PointBlockedByObstacleException;
import se.accessiblenav.core.profile.WalkerProfile;
import se.accessiblenav.mapdata.obstacle.Obstacle;
import se.accessiblenav.mapdata.obstacle.ObstacleDraft;
import se.accessiblenav.mapdata.obstacle.ObstacleKind;
import se.accessiblenav.mapdata.obstacle.Severity;

/**
 * Obstacles change routes at once, without a re-import: on a fixture with a direct way (227 m) and a
 * detour (about 360 m) from W to E, and a dead-end arm from E to S.
 */
class ObstacleRoutingTest {
    static final double[] W = {59.3300, 18.0600};
    static final double[] E = {59.3300, 18.0640};
    static final double[] S = {59.3294, 18.0640};
    static final GeometryFactory WGS84 = new GeometryFactory();
    static final Instant T = Instant.parse("2026-11-23T10:00:00Z");

    @TempDir
    static Path cacheDir;

    static PedestrianRouter router;

    @BeforeAll
    static void open() {
        router = PedestrianRouter.open(settings());
    }

    static RouterSettings settings() {
        return FixtureGraph.settings("obstacles.osm", cacheDir);
    }

    @AfterAll
    static void close() {
        router.close();
    }

    @AfterEach
    void clearObstacles() {
        router.applyObstacles(List.of());
    }

    @Test
    void blockingObstacleAcrossTheDirectWayIsNeverCrossedAndLiftingItRestoresTheRoute() {
        assertThat(distance(W, E, "blind_cane")).isBetween(220.0, 235.0);

        var status = router.applyObstacles(List.of(obstacle(acrossDirectWay(), Severity.BLOCKING, 1)));

        assertThat(status.blockedEdges()).isEqualTo(1);
        for (WalkerProfile profile : WalkerProfile.values())
            assertThat(distance(W, E, profile.profileName()))
                    .as(profile.profileName())
                    .isBetween(350.0, 380.0);

        router.applyObstacles(List.of());
        assertThat(distance(W, E, "blind_cane")).isBetween(220.0, 235.0);
    }

    @Test
    void hazardIsAvoidedWhereThereIsAWayAroundAndAnnouncedWhereThereIsNot() {
        router.applyObstacles(List.of(
                obstacle(acrossDirectWay(), Severity.HAZARD, 1),
                obstacle(point(59.32970, 18.06402), Severity.HAZARD, 1)));

        assertThat(distance(W, E, "blind_cane")).isBetween(350.0, 380.0);

        GHResponse toS = route(E, S, "blind_cane");
        RouteGuidance english = router.guide(toS.getBest(), options(Locale.ENGLISH));
        RouteGuidance swedish = router.guide(toS.getBest(), options(Locale.forLanguageTag("sv")));

        Cue hazard = only(english, CueKind.HAZARD);
        assertThat(hazard.shortText()).isEqualTo("Caution: scaffolding.");
        assertThat(hazard.fullText()).isEqualTo("Caution ahead: scaffolding. Scaffolding over the sidewalk.");
        assertThat(hazard.distanceMeters()).isBetween(30.0, 37.0);
        assertThat(hazard.lat()).isCloseTo(59.3297, org.assertj.core.data.Offset.offset(0.00002));
        assertThat(only(swedish, CueKind.HAZARD).fullText())
                .isEqualTo("Varning framför dig: byggställning. Byggställning över trottoaren.");
        assertThat(english.summaryFull()).contains("One reported hazard.");
        assertThat(swedish.summaryFull()).contains("Ett rapporterat hinder.");
    }

    @Test
    void infoObstacleChangesNoRouteButIsAnnounced() {
        router.applyObstacles(List.of(obstacle(acrossDirectWay(), Severity.INFO, 1)));

        GHResponse response = route(W, E, "blind_cane");

        assertThat(response.getBest().getDistance()).isBetween(220.0, 235.0);
        assertThat(only(router.guide(response.getBest(), options(Locale.ENGLISH)), CueKind.HAZARD)
                        .shortText())
                .isEqualTo("Note: scaffolding.");
    }

    @Test
    void aChangedObstacleIsPlacedAgainAndNoRouteIsFoundWhenEveryWayIsBlocked() {
        UUID id = UUID.randomUUID();
        router.applyObstacles(List.of(obstacle(id, acrossDirectWay(), Severity.BLOCKING, 1)));
        assertThat(distance(W, E, "foot")).isGreaterThan(350);

        // moved onto the dead-end arm: the direct way is free again, S cannot be reached
        router.applyObstacles(List.of(obstacle(id, point(59.32970, 18.06400), Severity.BLOCKING, 2)));

        assertThat(distance(W, E, "foot")).isBetween(220.0, 235.0);
        GHResponse toS = route(W, S, "foot");
        assertThat(toS.getErrors()).singleElement().isInstanceOfSatisfying(PointBlockedByObstacleException.class, e -> {
            assertThat(e.pointIndex()).isEqualTo(1);
            assertThat(e.obstacle().id()).isEqualTo(id);
        });
    }

    @Test
    void aGraphLoadedFromTheCacheTakesObstaclesToo() {
        try (PedestrianRouter reloaded = PedestrianRouter.open(settings())) {
            assertThat(reloaded.importedAtStart()).isFalse();
            reloaded.applyObstacles(List.of(obstacle(acrossDirectWay(), Severity.BLOCKING, 1)));
            GHResponse response = reloaded.route(new GHRequest(W[0], W[1], E[0], E[1]).setProfile("blind_cane"));
            assertThat(response.getBest().getDistance()).isBetween(350.0, 380.0);
        }
    }

    static Geometry acrossDirectWay() {
        return WGS84.createLineString(
                new Coordinate[] {new Coordinate(18.0630, 59.32995), new Coordinate(18.0630, 59.33005)});
    }

    static Geometry point(double lat, double lon) {
        return WGS84.createPoint(new Coordinate(lon, lat));
    }

    static Obstacle obstacle(Geometry geometry, Severity severity, long version) {
        return obstacle(UUID.randomUUID(), geometry, severity, version);
    }

    static Obstacle obstacle(UUID id, Geometry geometry, Severity severity, long version) {
        ObstacleDraft draft = new ObstacleDraft(
                geometry,
                ObstacleKind.SCAFFOLDING,
                severity,
                "Scaffolding over the sidewalk",
                "Byggställning över trottoaren",
                null,
                null,
                "test");
        return new Obstacle(id, draft, "anna", T, "anna", T, version);
    }

    static GHResponse route(double[] from, double[] to, String profile) {
        return router.route(new GHRequest(from[0], from[1], to[0], to[1])
                .setProfile(profile)
                .setPathDetails(GuidanceComposer.REQUIRED_DETAILS));
    }

    static double distance(double[] from, double[] to, String profile) {
        GHResponse response = route(from, to, profile);
        assertThat(response.getErrors()).isEmpty();
        return response.getBest().getDistance();
    }

    static GuidanceOptions options(Locale locale) {
        return new GuidanceOptions(locale, true, 1.0, 0.7, 10);
    }

    static Cue only(RouteGuidance guidance, CueKind kind) {
        List<Cue> cues = guidance.cues().stream().filter(c -> c.kind() == kind).toList();
        assertThat(cues).hasSize(1);
        return cues.get(0);
    }
}
