package se.accessiblenav.core.safety;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import se.accessiblenav.core.routing.PedestrianRouter;
import se.accessiblenav.core.routing.RouterSettings;

/**
 * Command: the walker profiles' length against {@code foot}'s per walking distance band, as a Markdown
 * table.
 *
 * <pre>
 * DetourReport &lt;osm file&gt; &lt;banded pairs csv&gt; &lt;graph cache dir&gt; [--generate N]
 * </pre>
 *
 * With {@code --generate N}, or when the pairs file does not exist, it first draws N pairs per band
 * ({@link DetourPairs}, fixed seed) and writes them to the pairs file.
 */
public final class DetourReport {
    private DetourReport() {}

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: DetourReport <osm file> <banded pairs csv> <graph cache dir> [--generate N]");
            System.exit(2);
        }
        Path pairsFile = Path.of(args[1]);
        try (PedestrianRouter router = PedestrianRouter.open(new RouterSettings(Path.of(args[0]), Path.of(args[2])))) {
            List<BandedPair> pairs = pairs(router, pairsFile, args);
            System.out.println(toMarkdown(new DetourRatios(router).measure(pairs)));
        }
    }

    static List<BandedPair> pairs(PedestrianRouter router, Path pairsFile, String[] args) {
        boolean generate = args.length >= 5 && args[3].equals("--generate");
        if (generate || !Files.exists(pairsFile)) {
            int perBand = generate ? Integer.parseInt(args[4]) : 40;
            BandedPair.writeCsv(pairsFile, new DetourPairs(router).draw(perBand, DetourPairs.SEED));
        }
        return BandedPair.readCsv(pairsFile);
    }

    public static String toMarkdown(List<DetourRatios.Band> bands) {
        StringBuilder md = new StringBuilder(
                "| profile | walk | pairs | median length (× foot) | 95th percentile | longest | kept within the bound |\n"
                        + "|---|---:|---:|---:|---:|---:|---:|\n");
        for (DetourRatios.Band band : bands)
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %d | %.2f× | %.2f× | %.2f× | %d |%n",
                    band.profile(),
                    walk(band.bandMeters()),
                    band.pairs(),
                    band.median(),
                    band.p95(),
                    band.max(),
                    band.bounded()));
        return md.toString();
    }

    static String walk(int meters) {
        return meters < 1000 ? meters + " m" : String.format(Locale.ROOT, "%.0f km", meters / 1000.0);
    }
}
