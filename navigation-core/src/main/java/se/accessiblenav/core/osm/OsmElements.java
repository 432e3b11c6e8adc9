package se.accessiblenav.core.osm;

import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.osm.OSMInputFile;
import com.graphhopper.reader.osm.SkipOptions;
import java.io.File;
import java.util.function.Consumer;

/** Reads every element of an OSM file (.osm.pbf or .osm) with GraphHopper's reader, one thread. */
public final class OsmElements {
    private OsmElements() {}

    public static void forEach(File osmFile, SkipOptions skip, Consumer<ReaderElement> handler) {
        try (OSMInputFile in = new OSMInputFile(osmFile)
                .setWorkerThreads(1)
                .setSkipOptions(skip)
                .open()) {
            ReaderElement element;
            while ((element = in.getNext()) != null) handler.accept(element);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read OSM file " + osmFile + ": " + e.getMessage(), e);
        }
    }
}
