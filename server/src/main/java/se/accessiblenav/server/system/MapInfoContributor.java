package se.accessiblenav.server.system;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;
import se.accessiblenav.core.routing.GraphSize;
import se.accessiblenav.core.routing.PedestrianRouter;

/**
 * {@code /actuator/info}: which map is loaded, its bounds and dates, how the router started, how big the
 * graph and its cache folder are, and the heap in use now.
 */
@Component
class MapInfoContributor implements InfoContributor {
    private final PedestrianRouter router;
    /** Measured once: the cache does not change while the server runs. */
    private final long cacheBytes;

    MapInfoContributor(PedestrianRouter router) {
        this.router = router;
        this.cacheBytes = router.cacheBytes();
    }

    @Override
    public void contribute(Info.Builder builder) {
        builder.withDetail("map", router.mapInfo());
        builder.withDetail(
                "router",
                Map.of(
                        "importedAtStart", router.importedAtStart(),
                        "startMillis", router.startMillis(),
                        "profiles",
                                router.listProfiles().stream()
                                        .map(p -> p.profileName())
                                        .toList()));
        GraphSize graph = router.graphSize();
        Map<String, Object> graphDetails = new LinkedHashMap<>();
        graphDetails.put("nodes", graph.nodes());
        graphDetails.put("edges", graph.edges());
        graphDetails.put("cacheBytes", cacheBytes);
        builder.withDetail("graph", graphDetails);
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        builder.withDetail("heap", Map.of("usedBytes", heap.getUsed(), "maxBytes", heap.getMax()));
        builder.withDetail("attribution", "Map data © OpenStreetMap contributors (ODbL); routing by GraphHopper");
    }
}
