package se.accessiblenav.server.kiosk;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.accessiblenav.core.profile.WalkerProfile;
import se.accessiblenav.core.routing.MapInfo;
import se.accessiblenav.core.routing.PedestrianRouter;
import se.accessiblenav.server.system.NavigationProperties;

/**
 * The kiosk's scripted walks: from {@code navigation.demo.walks-file}, or the Stockholm walks in the
 * jar. Walks whose ends are outside the loaded map are left out (with a log line), so another city's
 * extract gives a kiosk with no walks rather than walks that fail.
 */
@Component
public class KioskWalks {
    private static final Logger LOG = LoggerFactory.getLogger(KioskWalks.class);
    static final String BUILT_IN = "kiosk/walks.json";

    private final List<KioskWalk> walks;

    KioskWalks(NavigationProperties properties, PedestrianRouter router) throws IOException {
        String file = properties.demo().walksFile();
        List<KioskWalk> all = file == null || file.isBlank() ? readBuiltIn() : read(Path.of(file.trim()));
        MapInfo map = router.mapInfo();
        Set<String> profiles =
                router.listProfiles().stream().map(WalkerProfile::profileName).collect(Collectors.toSet());
        List<KioskWalk> onThisMap = new java.util.ArrayList<>();
        for (KioskWalk walk : all) {
            if (!profiles.contains(walk.profile()))
                throw new IllegalArgumentException("Kiosk walk '" + walk.id() + "' has the unknown profile '"
                        + walk.profile() + "'; profiles: " + profiles);
            if (!map.contains(walk.from()[0], walk.from()[1]) || !map.contains(walk.to()[0], walk.to()[1]))
                LOG.info("Kiosk walk '{}' is outside the loaded map; left out", walk.id());
            else if (walk.transit() && router.transit().isEmpty())
                LOG.info(
                        "Kiosk trip '{}' goes by public transport and this server has no timetable; left out",
                        walk.id());
            else onThisMap.add(walk);
        }
        this.walks = List.copyOf(onThisMap);
        LOG.info("Kiosk: {} scripted walk(s) on this map", walks.size());
    }

    public List<KioskWalk> list() {
        return walks;
    }

    private static List<KioskWalk> readBuiltIn() throws IOException {
        try (InputStream in = KioskWalks.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) throw new IllegalStateException(BUILT_IN + " is missing from the jar");
            return parse(in.readAllBytes(), BUILT_IN);
        }
    }

    private static List<KioskWalk> read(Path file) throws IOException {
        if (!Files.isRegularFile(file))
            throw new IllegalArgumentException("navigation.demo.walks-file: no such file " + file.toAbsolutePath());
        return parse(Files.readAllBytes(file), file.toString());
    }

    static List<KioskWalk> parse(byte[] json, String origin) {
        try {
            return Arrays.asList(new ObjectMapper().readValue(json, KioskWalk[].class));
        } catch (IOException e) {
            throw new IllegalArgumentException("Kiosk walks in " + origin + " cannot be read: " + e.getMessage(), e);
        }
    }
}
