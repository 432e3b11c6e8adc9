package se.accessiblenav.server.system;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import se.accessiblenav.core.routing.RouteLimits;

/**
 * Settings under {@code navigation.*}; see application.properties for the documented defaults.
 *
 * @param map where the OSM extract comes from
 * @param graph where the prepared graph is kept
 * @param route limits for route requests
 * @param obstacles how planners' obstacles reach the router
 * @param speech the /speech endpoint's voices and limits
 * @param demo the demonstration walks and obstacles of the kiosk
 * @param transit timetables for trips with public transport
 * @param help the walker's call for help: who is told, how, and for how long the share page lives
 */
@ConfigurationProperties("navigation")
public record NavigationProperties(
        Map map, Graph graph, Route route, Obstacles obstacles, Speech speech, Demo demo, Transit transit, Help help) {
    /** The default extract, looked for beside the checkout (working directory: repository or module). */
    static final List<Path> DEFAULT_MAP_CANDIDATES = List.of(
            Path.of("../shared/data/stockholm-central.osm.pbf"),
            Path.of("../../shared/data/stockholm-central.osm.pbf"));
    /** Where the default map is fetched to when it is not beside the checkout, and the box fetched. */
    static final Path DEFAULT_FETCH_TARGET = Path.of("data/stockholm-central.osm.pbf");

    static final String DEFAULT_FETCH_BBOX = "18.03,59.31,18.10,59.345";

    public NavigationProperties {
        map = map == null ? new Map(null, null, null) : map;
        graph = graph == null ? new Graph(null, 16, false) : graph;
        route = route == null ? new Route(25, 0, null, 0) : route;
        obstacles = obstacles == null ? new Obstacles(null, 0) : obstacles;
        speech = speech == null ? new Speech(0, 0, null) : speech;
        demo = demo == null ? new Demo(false, null) : demo;
        transit = transit == null ? new Transit(List.of(), false) : transit;
        help = help == null ? new Help(null, null, null, null, null, null) : help;
    }

    /**
     * @param osmFile OSM extract (.osm.pbf or .osm); empty: the Stockholm extract in ../shared/data
     * @param fetchBbox west,south,east,north to download when the file is missing; empty: never download
     *     (except for the default Stockholm map)
     * @param overpassUrl the Overpass API endpoint used for downloads
     */
    public record Map(String osmFile, String fetchBbox, String overpassUrl) {
        /** The configured extract; a String, because Spring's Path conversion rejects "../" paths. */
        public java.util.Optional<Path> osmPath() {
            return osmFile == null || osmFile.isBlank()
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(Path.of(osmFile.trim()));
        }
    }

    /**
     * @param cacheDir folder of the prepared graph (default graph-cache)
     * @param landmarks landmarks for the LM speed-up
     * @param readOnly only load a cache prepared beforehand ({@code bin/import-map}), never import or write
     *     into it: for several servers sharing one folder
     */
    public record Graph(String cacheDir, int landmarks, boolean readOnly) {
        public Graph {
            cacheDir = cacheDir == null || cacheDir.isBlank() ? "graph-cache" : cacheDir.trim();
            landmarks = landmarks == 0 ? 16 : landmarks;
        }

        public Path cachePath() {
            return Path.of(cacheDir);
        }
    }

    /**
     * @param maxPoints most points (start, via, destination) one route request may have
     * @param maxVisitedNodes most nodes one route search may settle, for every profile (default 1,000,000)
     * @param timeout longest one route search may take (default 5 s); past it the answer is a 503
     * @param maxBodyBytes largest request body outside the obstacle API, e.g. a POST /route (default 1 MiB)
     */
    public record Route(int maxPoints, int maxVisitedNodes, java.time.Duration timeout, long maxBodyBytes) {
        public Route {
            maxBodyBytes = maxBodyBytes <= 0 ? 1 << 20 : maxBodyBytes;
            maxPoints = maxPoints <= 0 ? 25 : maxPoints;
            maxVisitedNodes = maxVisitedNodes <= 0 ? RouteLimits.DEFAULT.maxVisitedNodes() : maxVisitedNodes;
            timeout = timeout == null || timeout.isZero() || timeout.isNegative()
                    ? RouteLimits.DEFAULT.timeout()
                    : timeout;
        }

        public RouteLimits limits() {
            return new RouteLimits(maxVisitedNodes, timeout);
        }
    }

    /**
     * @param refreshInterval how often the router re-reads the active obstacles (expiry, validity that
     *     starts, writes by other servers on the same database); default 1 s
     * @param maxUploadBytes largest obstacle document or file accepted (default 5 MB)
     */
    public record Obstacles(java.time.Duration refreshInterval, long maxUploadBytes) {
        public Obstacles {
            refreshInterval = refreshInterval == null ? java.time.Duration.ofSeconds(1) : refreshInterval;
            maxUploadBytes = maxUploadBytes <= 0 ? 5L * 1024 * 1024 : maxUploadBytes;
        }
    }

    /**
     * @param maxTextLength longest text /speech speaks at once (default 500 characters)
     * @param cacheBytes audio kept for repeated texts (default 32 MB)
     * @param espeakCommand the espeak-ng program, for Swedish (default espeak-ng on the PATH)
     */
    public record Speech(int maxTextLength, long cacheBytes, String espeakCommand) {
        public Speech {
            maxTextLength = maxTextLength <= 0 ? 500 : maxTextLength;
            cacheBytes = cacheBytes <= 0 ? 32L * 1024 * 1024 : cacheBytes;
            espeakCommand = espeakCommand == null || espeakCommand.isBlank() ? "espeak-ng" : espeakCommand.trim();
        }
    }

    /**
     * @param enabled seed the demonstration obstacles at start (./run does; a production server does not)
     * @param walksFile the kiosk's scripted walks (JSON); empty: the Stockholm walks shipped in the jar
     */
    public record Demo(boolean enabled, String walksFile) {}

    /**
     * @param gtfsFiles GTFS timetables (zip files) for {@code /route-pt}; none (the default): walking only.
     *     Changing them rebuilds the graph cache.
     * @param demoTimetable add the kiosk's demonstration timetable (Stockholm: real stops, made-up lines,
     *     marked as a demonstration); on a map without its stops it is left out (./run: true)
     */
    public record Transit(List<String> gtfsFiles, boolean demoTimetable) {
        public Transit {
            gtfsFiles = gtfsFiles == null
                    ? List.of()
                    : gtfsFiles.stream()
                            .map(String::trim)
                            .filter(f -> !f.isEmpty())
                            .toList();
        }

        public List<Path> feedPaths() {
            return gtfsFiles.stream().map(Path::of).toList();
        }
    }

    /**
     * @param contacts who a call for help goes to: a name and an e-mail address, a webhook, or both
     * @param shareFor how long a call's share page and its positions are kept (default 24 h)
     * @param publicUrl this server's address as contacts reach it, for the share link (default: as the walker's
     *     client reached it)
     * @param from the sender of the e-mails (default help@localhost); the SMTP server is spring.mail.*
     * @param retryDelays how long to wait before each new attempt of a delivery that failed (default 5 s, 30 s,
     *     2 min): after the last, the walker is told
     * @param deviceToken when set, a call for help must carry it ({@code Authorization: Bearer ...}): only the
     *     walker's own devices may alert the contacts
     */
    public record Help(
            List<Contact> contacts,
            java.time.Duration shareFor,
            String publicUrl,
            String from,
            List<java.time.Duration> retryDelays,
            String deviceToken) {
        public Help {
            contacts = contacts == null ? List.of() : List.copyOf(contacts);
            shareFor = shareFor == null ? java.time.Duration.ofHours(24) : shareFor;
            publicUrl = publicUrl == null ? "" : publicUrl.trim().replaceAll("/+$", "");
            from = from == null || from.isBlank() ? "help@localhost" : from.trim();
            retryDelays = retryDelays == null
                    ? List.of(
                            java.time.Duration.ofSeconds(5),
                            java.time.Duration.ofSeconds(30),
                            java.time.Duration.ofMinutes(2))
                    : List.copyOf(retryDelays);
            deviceToken = deviceToken == null ? "" : deviceToken.trim();
        }
    }

    /**
     * @param name how the walker hears the contact ("Anna has seen your call")
     * @param email where the e-mail goes; empty: none
     * @param webhook where a JSON message is POSTed (an alarm centre, an SMS gateway); empty: none
     */
    public record Contact(String name, String email, String webhook) {
        public Contact {
            name = name == null ? "" : name.trim();
            email = email == null ? "" : email.trim();
            webhook = webhook == null ? "" : webhook.trim();
        }
    }
}
