package se.accessiblenav.core.osm;

import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.osm.OSMInputFile;
import com.graphhopper.reader.osm.SkipOptions;
import java.io.File;
import java.util.function.Consumer;

/**
 * Reads every element of an OSM file (.osm.pbf or .osm) with GraphHopper's reader: blocks are decoded on
 * worker threads (one per core, at most two), elements handed to the handler on the calling thread, in
 * file order.
 */
public final class OsmElements {
    /** Decoding the blocks is most of a pass; a second core halves it on a city. */
    private static final int WORKER_THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());

    private OsmElements() {}

    public static void forEach(File osmFile, SkipOptions skip, Consumer<ReaderElement> handler) {
        try (OSMInputFile in = new OSMInputFile(osmFile)
                .setWorkerThreads(WORKER_THREADS)
                .setSkipOptions(skip)
                .open()) {
            ReaderElement element;
            while ((element = in.getNext()) != null) handler.accept(element);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read OSM file " + osmFile + ": " + e.getMessage(), e);
        }
    }
}
