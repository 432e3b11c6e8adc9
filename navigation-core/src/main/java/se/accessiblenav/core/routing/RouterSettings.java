package se.accessiblenav.core.routing;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the map comes from and where the prepared graph is kept.
 *
 * @param osmFile the OSM extract (.osm.pbf or .osm)
 * @param cacheDir folder of the prepared graph; rebuilt when the extract or the profiles change
 * @param landmarks number of landmarks for the LM speed-up (GraphHopper's default is 16)
 * @param minNetworkSize islands of fewer nodes are not routable (GraphHopper's default 200; 0 keeps all,
 *     for tiny test maps)
 */
public record RouterSettings(Path osmFile, Path cacheDir, int landmarks, int minNetworkSize) {
    public RouterSettings {
        Objects.requireNonNull(osmFile, "osmFile");
        Objects.requireNonNull(cacheDir, "cacheDir");
        if (landmarks < 2 || landmarks > 64)
            throw new IllegalArgumentException("landmarks must be 2..64, was " + landmarks);
        if (minNetworkSize < 0)
            throw new IllegalArgumentException("minNetworkSize must be >= 0, was " + minNetworkSize);
    }

    public RouterSettings(Path osmFile, Path cacheDir) {
        this(osmFile, cacheDir, 16, 200);
    }
}
