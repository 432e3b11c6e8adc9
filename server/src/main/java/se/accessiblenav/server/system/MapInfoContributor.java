package se.accessiblenav.server.system;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;
import se.accessiblenav.core.routing.PedestrianRouter;

/** {@code /actuator/info}: which map is loaded, its bounds and dates, and how the router started. */
@Component
class MapInfoContributor implements InfoContributor {
    private final PedestrianRouter router;

    MapInfoContributor(PedestrianRouter router) {
        this.router = router;
    }

    @Override
    public void contribute(Info.Builder builder) {
        builder.withDetail("map", router.mapInfo());
        builder.withDetail(
                "router",
                java.util.Map.of(
                        "importedAtStart", router.importedAtStart(),
                        "startMillis", router.startMillis(),
                        "profiles",
                                router.listProfiles().stream()
                                        .map(p -> p.profileName())
                                        .toList()));
        builder.withDetail("attribution", "Map data © OpenStreetMap contributors (ODbL); routing by GraphHopper");
    }
}
