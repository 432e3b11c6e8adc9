package se.accessiblenav.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import se.accessiblenav.core.routing.PedestrianRouter;
import se.accessiblenav.core.routing.RouterSettings;
import se.accessiblenav.core.routing.RouterSetupException;
import se.accessiblenav.mapdata.extract.MapUnavailableException;

/** Setup problems at start become one description and one action, found inside Spring's wrapping. */
class StartupFailureAnalyzerTest {
    @Test
    void missingMapWithoutNetwork() {
        var wrapped = new BeanCreationException(
                "pedestrianRouter", "failed", new MapUnavailableException("No map file at x"));
        FailureAnalysis analysis = new MapUnavailableFailureAnalyzer().analyze(wrapped);
        assertThat(analysis.getDescription()).isEqualTo("No map file at x");
        assertThat(analysis.getAction()).contains("navigation.map.osm-file");
    }

    @Test
    void missingOsmFileFromTheRouterItself() {
        RouterSetupException problem = null;
        try {
            PedestrianRouter.open(
                    new RouterSettings(Path.of("/nonexistent/city.osm.pbf"), Path.of("/tmp/unused-cache")));
        } catch (RouterSetupException e) {
            problem = e;
        }
        assertThat(problem).isNotNull();
        FailureAnalysis analysis = new RouterSetupFailureAnalyzer()
                .analyze(new BeanCreationException("pedestrianRouter", "failed", problem));
        assertThat(analysis.getDescription()).contains("OSM file not found").contains("/nonexistent/city.osm.pbf");
        assertThat(analysis.getAction()).contains("navigation.map.osm-file");
    }
}
