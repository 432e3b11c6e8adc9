package se.accessiblenav.mapdata.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the OSM file to route on: the configured file when it exists; otherwise, when a bounding box to
 * fetch is configured, downloads it there; otherwise fails with a message that says what to do.
 */
public final class OsmExtractResolver {
    private final OverpassExtractDownloader downloader;

    public OsmExtractResolver(OverpassExtractDownloader downloader) {
        this.downloader = downloader;
    }

    public Path resolve(Path configuredFile, Optional<BoundingBox> fetchBox) {
        if (Files.isRegularFile(configuredFile)) return configuredFile;
        if (Files.exists(configuredFile))
            throw new MapUnavailableException("The map path " + configuredFile.toAbsolutePath() + " is not a file.");
        Path fetched = downloadTargetFor(configuredFile);
        if (fetchBox.isPresent() && Files.isRegularFile(fetched)) return fetched;
        if (fetchBox.isEmpty())
            throw new MapUnavailableException("No map file at " + configuredFile.toAbsolutePath()
                    + ". Set navigation.map.osm-file to an OSM extract (.osm.pbf), or set navigation.map.fetch-bbox"
                    + " (west,south,east,north) to download one when a network is available.");
        return downloader.download(fetchBox.get(), fetched);
    }

    /** Overpass sends OSM XML, which GraphHopper recognises by the .osm ending: x.osm.pbf is fetched as x.osm. */
    static Path downloadTargetFor(Path configuredFile) {
        String name = configuredFile.getFileName().toString();
        if (name.endsWith(".osm")) return configuredFile;
        String base = name.endsWith(".osm.pbf") ? name.substring(0, name.length() - 4) : name + ".osm";
        if (name.endsWith(".pbf") && !name.endsWith(".osm.pbf")) base = name.substring(0, name.length() - 4) + ".osm";
        return configuredFile.resolveSibling(base);
    }
}
