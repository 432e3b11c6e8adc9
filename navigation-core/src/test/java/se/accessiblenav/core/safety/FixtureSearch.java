package se.accessiblenav.core.safety;

import java.net.URISyntaxException;
import java.nio.file.Path;
import se.accessiblenav.core.routing.PedestrianRouter;
import se.accessiblenav.core.routing.RouterSettings;

/** A hand-made fixture map opened for counting and searching: its router, the count and the search. */
record FixtureSearch(PedestrianRouter router, CrossingCounter counter, FewestCrossings fewest)
        implements AutoCloseable {
    static FixtureSearch open(String resource, Path cacheDir) {
        try {
            Path fixture = Path.of(FixtureSearch.class.getResource(resource).toURI());
            PedestrianRouter router = PedestrianRouter.open(new RouterSettings(fixture, cacheDir, 2, 0));
            CrossingCounter counter = new CrossingCounter(OsmWalkIndex.read(fixture.toFile()));
            return new FixtureSearch(router, counter, new FewestCrossings(router.graphHopper(), counter));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        router.close();
    }
}
