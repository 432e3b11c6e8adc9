package se.accessiblenav.server.kiosk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import se.accessiblenav.core.routing.MapInfo;
import se.accessiblenav.core.routing.PedestrianRouter;
import se.accessiblenav.mapdata.obstacle.Obstacle;
import se.accessiblenav.mapdata.obstacle.ObstacleGeoJson;
import se.accessiblenav.mapdata.obstacle.ObstacleQuery;
import se.accessiblenav.server.obstacle.ObstacleService;

/**
 * In demonstration mode ({@code navigation.demo.enabled=true}, as {@code ./run} starts it), stores the
 * kiosk's demonstration obstacles: a hazard the guidance warns about and road works the route goes
 * around. Each is marked as such: its source starts with {@value #SOURCE_PREFIX} and its description
 * with "Demonstration". One already stored (same source) is left as it is, so restarts add nothing;
 * obstacles outside the loaded map are skipped.
 */
@Component
@ConditionalOnProperty(name = "navigation.demo.enabled", havingValue = "true")
class DemoObstacles implements ApplicationRunner {
    static final String RESOURCE = "kiosk/demo-obstacles.geojson";
    static final String SOURCE_PREFIX = "demo:";
    static final String ACTOR = "demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoObstacles.class);

    private final ObstacleService obstacles;
    private final PedestrianRouter router;

    DemoObstacles(ObstacleService obstacles, PedestrianRouter router) {
        this.obstacles = obstacles;
        this.router = router;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Set<String> stored = obstacles.list(ObstacleQuery.all()).stream()
                .map(o -> o.data().source())
                .filter(source -> source != null && source.startsWith(SOURCE_PREFIX))
                .collect(Collectors.toSet());
        MapInfo map = router.mapInfo();
        int added = 0;
        int outside = 0;
        for (ObstacleGeoJson.ParsedFeature feature : read()) {
            if (!feature.ok())
                throw new IllegalStateException("Demonstration obstacle " + feature.index() + " in " + RESOURCE
                        + " is invalid: " + feature.problems());
            String source = feature.draft().source();
            if (source == null || !source.startsWith(SOURCE_PREFIX))
                throw new IllegalStateException("Demonstration obstacles need a source starting with '" + SOURCE_PREFIX
                        + "' (feature " + feature.index() + ")");
            if (stored.contains(source)) continue;
            Envelope box = feature.draft().geometry().getEnvelopeInternal();
            if (!map.contains(box.centre().y, box.centre().x)) {
                outside++;
                continue;
            }
            Obstacle created = obstacles.create(feature.draft(), ACTOR);
            LOG.info("Demonstration obstacle {} stored: {}", created.id(), source);
            added++;
        }
        LOG.info(
                "Demonstration obstacles: {} added, {} already stored, {} outside this map",
                added,
                stored.size(),
                outside);
    }

    static List<ObstacleGeoJson.ParsedFeature> read() throws IOException {
        try (InputStream in = DemoObstacles.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the jar");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return ObstacleGeoJson.readFeatures(ObstacleGeoJson.parse(text), null);
        }
    }
}
