package se.accessiblenav.core.routing;

import java.nio.file.Path;

/**
 * The import step on its own ({@code bin/import-map}): builds the graph cache for an extract, prepares the
 * landmarks of every profile and exits, without a web server. Servers started later on the same cache
 * folder load it instead of importing. Prints what it built: nodes, edges, time, heap and cache size.
 */
public final class GraphImport {
    private GraphImport() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("Usage: bin/import-map OSM_FILE CACHE_DIR");
            System.exit(2);
        }
        Path osmFile = Path.of(args[0]);
        Path cacheDir = Path.of(args[1]);
        try (PedestrianRouter router = PedestrianRouter.open(new RouterSettings(osmFile, cacheDir))) {
            var graph = router.graphHopper().getBaseGraph();
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            long heapMb = (runtime.totalMemory() - runtime.freeMemory()) / (1 << 20);
            System.out.printf(
                    "%s: %s in %.1f s, %d nodes, %d edges, heap after load %d MB, cache %d MB in %s%n",
                    osmFile.getFileName(),
                    router.importedAtStart() ? "imported" : "loaded (the cache was current)",
                    router.startMillis() / 1000.0,
                    graph.getNodes(),
                    graph.getEdges(),
                    heapMb,
                    router.cacheBytes() / (1 << 20),
                    cacheDir.toAbsolutePath());
        } catch (RouterSetupException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
