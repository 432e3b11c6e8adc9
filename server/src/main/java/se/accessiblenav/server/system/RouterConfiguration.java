package se.accessiblenav.server.system;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.accessiblenav.core.routing.PedestrianRouter;
import se.accessiblenav.core.routing.RouterSettings;
import se.accessiblenav.core.routing.RouterSetupException;
import se.accessiblenav.mapdata.extract.BoundingBox;
import se.accessiblenav.mapdata.extract.OsmExtractResolver;
import se.accessiblenav.mapdata.extract.OverpassExtractDownloader;

/** Opens the router on start: finds (or fetches) the map, then loads or builds the graph. */
@Configuration(proxyBeanMethods = false)
public class RouterConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(RouterConfiguration.class);

    @Bean(destroyMethod = "close")
    PedestrianRouter pedestrianRouter(NavigationProperties properties) {
        Path osmFile = resolveMap(properties.map());
        LOG.info(
                "Map: {}; graph cache: {}",
                osmFile.toAbsolutePath().normalize(),
                properties.graph().cachePath().toAbsolutePath());
        PedestrianRouter router = PedestrianRouter.open(new RouterSettings(
                        osmFile,
                        properties.graph().cachePath(),
                        properties.graph().landmarks(),
                        200)
                .withRouteLimits(properties.route().limits())
                .withReadOnlyCache(properties.graph().readOnly())
                .withTransitFeeds(transitFeeds(
                        properties.transit(), osmFile, properties.graph().cachePath())));
        LOG.info(
                "Router ready in {} ms ({})",
                router.startMillis(),
                router.importedAtStart() ? "imported" : "loaded from cache");
        return router;
    }

    /**
     * The configured timetables, and the demonstration timetable when asked for and its stops are on this map;
     * a missing file stops the start with its name.
     */
    static java.util.List<Path> transitFeeds(NavigationProperties.Transit transit, Path osmFile, Path cacheDir) {
        java.util.List<Path> feeds = new java.util.ArrayList<>();
        for (Path feed : transit.feedPaths()) {
            if (!Files.isRegularFile(feed))
                throw new RouterSetupException(
                        "Timetable not found: " + feed.toAbsolutePath().normalize(),
                        "Point navigation.transit.gtfs-files to GTFS zip files, or leave it empty for walking only.");
            feeds.add(feed);
        }
        if (transit.demoTimetable()) demoTimetable(osmFile, cacheDir).ifPresent(feeds::add);
        if (!feeds.isEmpty()) LOG.info("Timetables: {}", feeds);
        return feeds;
    }

    /** The kiosk's demonstration timetable, written beside the graph cache from the map's own stops. */
    private static Optional<Path> demoTimetable(Path osmFile, Path cacheDir) {
        Path zip = cacheDir.toAbsolutePath().normalize().resolveSibling(cacheDir.getFileName() + "-demo-timetable.zip");
        try (java.io.InputStream definition =
                RouterConfiguration.class.getResourceAsStream("/kiosk/demo-timetable.json")) {
            Optional<Integer> stops = se.accessiblenav.core.transit.DemoTimetable.write(osmFile, definition, zip);
            if (stops.isEmpty()) {
                LOG.info(
                        "The demonstration timetable's stops are not on {}: no demonstration trips",
                        osmFile.getFileName());
                return Optional.empty();
            }
            LOG.info("Demonstration timetable (made-up lines at {} real stops, marked as such): {}", stops.get(), zip);
            return Optional.of(zip);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Path resolveMap(NavigationProperties.Map map) {
        URI endpoint = map.overpassUrl() == null || map.overpassUrl().isBlank()
                ? OverpassExtractDownloader.DEFAULT_ENDPOINT
                : URI.create(map.overpassUrl());
        OsmExtractResolver resolver = new OsmExtractResolver(new OverpassExtractDownloader(endpoint));
        Optional<BoundingBox> box = Optional.ofNullable(map.fetchBbox())
                .filter(s -> !s.isBlank())
                .map(BoundingBox::parseWestSouthEastNorth);
        if (map.osmPath().isPresent()) return resolver.resolve(map.osmPath().get(), box);
        for (Path candidate : NavigationProperties.DEFAULT_MAP_CANDIDATES)
            if (Files.isRegularFile(candidate)) return candidate;
        return resolver.resolve(
                NavigationProperties.DEFAULT_FETCH_TARGET,
                Optional.of(box.orElse(BoundingBox.parseWestSouthEastNorth(NavigationProperties.DEFAULT_FETCH_BBOX))));
    }
}
