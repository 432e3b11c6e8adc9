package se.accessiblenav.core.routing;

import java.nio.file.Path;

/**
 * The import step on its own ({@code bin/import-map}): builds the graph cache for an extract, prepares the
 * landmarks of every profile and exits, without a web server. Servers started later on the same cache
 * folder load it instead of importing. Prints what it built: nodes, edges, time, heap and cache size.
 *
 * <p>Arguments: the extract, the cache folder, and optionally the number of landmarks (16, as the
 * server's {@code navigation.graph.landmarks}; the two must agree, or the server finds the cache stale).
 */
public final class GraphImport {
    private GraphImport() {}

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3 || (args.length == 3 && !args[2].matches("\\d{1,2}"))) {
            System.err.println("Usage: bin/import-map OSM_FILE CACHE_DIR [LANDMARKS]");
            System.exit(2);
        }
        Path osmFile = Path.of(args[0]);
        Path cacheDir = Path.of(args[1]);
        RouterSettings defaults = new RouterSettings(osmFile, cacheDir);
        int landmarks = args.length == 3 ? Integer.parseInt(args[2]) : defaults.landmarks();
        RouterSettings settings = new RouterSettings(osmFile, cacheDir, landmarks, defaults.minNetworkSize());
        try (PedestrianRouter router = PedestrianRouter.open(settings)) {
            GraphSize graph = router.graphSize();
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            long heapMb = (runtime.totalMemory() - runtime.freeMemory()) / (1 << 20);
            System.out.printf(
                    "%s: %s in %.1f s, %d nodes, %d edges, heap after load %d MB, cache %d MB in %s%n",
                    osmFile.getFileName(),
                    router.importedAtStart() ? "imported" : "loaded (the cache was current)",
                    router.startMillis() / 1000.0,
                    graph.nodes(),
                    graph.edges(),
                    heapMb,
                    router.cacheBytes() / (1 << 20),
                    cacheDir.toAbsolutePath());
        } catch (RouterSetupException e) {
            System.err.println(e.getMessage() + "\n" + e.action());
            System.exit(1);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }
}
