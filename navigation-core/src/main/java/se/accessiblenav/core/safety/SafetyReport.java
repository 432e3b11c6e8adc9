package se.accessiblenav.core.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import se.accessiblenav.core.routing.PedestrianRouter;
import se.accessiblenav.core.routing.RouterSettings;

/**
 * Command: the route-safety comparison as a Markdown table.
 *
 * <pre>
 * SafetyReport &lt;osm file&gt; &lt;pairs csv&gt; &lt;graph cache dir&gt; [--generate N]
 * </pre>
 *
 * With {@code --generate N} it first writes N origin/destination pairs (walking distance 0.5-2 km on
 * {@code foot}, fixed random seed) to the pairs file.
 */
public final class SafetyReport {
    private SafetyReport() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: SafetyReport <osm file> <pairs csv> <graph cache dir> [--generate N]");
            System.exit(2);
        }
        Path osmFile = Path.of(args[0]);
        Path pairsFile = Path.of(args[1]);
        try (PedestrianRouter router = PedestrianRouter.open(new RouterSettings(osmFile, Path.of(args[2])))) {
            if (args.length == 5 && args[3].equals("--generate")) {
                List<OdPair> pairs = generatePairs(router, Integer.parseInt(args[4]), 20261123L);
                Files.writeString(
                        pairsFile,
                        "fromLat,fromLon,toLat,toLon\n"
                                + pairs.stream().map(OdPair::toCsv).collect(Collectors.joining("\n")) + "\n");
            }
            List<OdPair> pairs = OdPair.readCsv(pairsFile);
            SafetyComparison comparison = new SafetyComparison(router, OsmWalkIndex.read(osmFile.toFile()));
            System.out.println(
                    toMarkdown(comparison.compare(pairs, SafetyComparison.standardVariants()), pairs.size()));
        }
    }

    /**
     * Random pairs whose foot route is 0.5-2 km long, reproducible from the seed: an origin anywhere on the
     * map, a destination a walk's distance away from it ({@link DetourPairs}).
     */
    static List<OdPair> generatePairs(PedestrianRouter router, int count, long seed) {
        return new DetourPairs(router).draw(500, 2000, count, new Random(seed));
    }

    public static String toMarkdown(List<SafetyComparison.Summary> rows, int pairCount) {
        SafetyComparison.Summary foot = rows.get(0);
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Pairs routed by every profile: %d of %d%n%n", foot.routes(), pairCount));
        appendCrossings(md, rows, foot);
        md.append("\nWhere the unsignalled street crossings are (the places in a row add up to its total):\n\n");
        appendPlaces(md, rows);
        return md.toString();
    }

    private static void appendCrossings(
            StringBuilder md, List<SafetyComparison.Summary> rows, SafetyComparison.Summary foot) {
        md.append(
                "| profile | unsignalled busy crossings | unsignalled quiet crossings | all unsignalled (vs foot) |"
                        + " signalised | with sound/vibration | step flights | driveways crossed | median length m (vs foot) |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (SafetyComparison.Summary summary : rows) {
            RouteSafety row = summary.total();
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %d (%s) | %d | %d | %d | %d | %.0f (%.2f×) |%n",
                    summary.label(),
                    row.unsignalledBusyCrossings(),
                    row.unsignalledQuietCrossings(),
                    row.unsignalledCrossings(),
                    change(row.unsignalledCrossings(), foot.total().unsignalledCrossings()),
                    row.signalisedCrossings(),
                    row.acousticOrVibratingCrossings(),
                    row.stepFlights(),
                    row.drivewayCrossings(),
                    summary.medianLengthMeters(),
                    summary.medianLengthMeters() / foot.medianLengthMeters()));
        }
    }

    /** {@code count} against {@code baseline} in whole percent, signed; n/a against none. */
    private static String change(int count, int baseline) {
        return baseline == 0 ? "n/a" : String.format(Locale.ROOT, "%+.0f %%", 100.0 * (count - baseline) / baseline);
    }

    private static void appendPlaces(StringBuilder md, List<SafetyComparison.Summary> rows) {
        md.append("| profile |");
        for (CrossingPlace place : CrossingPlace.values())
            md.append(' ').append(place.label()).append(" |");
        md.append(" all unsignalled | of them service streets |\n|---|");
        md.append("---:|".repeat(CrossingPlace.values().length + 2)).append('\n');
        for (SafetyComparison.Summary summary : rows) {
            RouteSafety row = summary.total();
            md.append("| ").append(summary.label()).append(" |");
            for (CrossingPlace place : CrossingPlace.values())
                md.append(' ').append(row.unsignalledByPlace().get(place)).append(" |");
            md.append(String.format(
                    Locale.ROOT, " %d | %d |%n", row.unsignalledCrossings(), row.unsignalledServiceCrossings()));
        }
    }
}
