package se.accessiblenav.core.routing;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.ResponsePath;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import se.accessiblenav.core.guidance.Cue;
import se.accessiblenav.core.guidance.GuidanceComposer;
import se.accessiblenav.core.guidance.GuidanceOptions;
import se.accessiblenav.core.guidance.RouteGuidance;

/**
 * Command: the full cue list of a route in English and Swedish, as Markdown, so a reader can judge the
 * wording. Arguments: osm file, graph cache dir, title, profile, fromLat, fromLon, toLat, toLon.
 */
public final class GuidanceExamples {
    private GuidanceExamples() {}

    public static void main(String[] args) {
        try (PedestrianRouter router = PedestrianRouter.open(new RouterSettings(Path.of(args[0]), Path.of(args[1])))) {
            router.awaitPlaces(); // landmark cues need the named places
            GHResponse response = router.route(new GHRequest(
                            Double.parseDouble(args[4]),
                            Double.parseDouble(args[5]),
                            Double.parseDouble(args[6]),
                            Double.parseDouble(args[7]))
                    .setProfile(args[3])
                    .setPathDetails(GuidanceComposer.REQUIRED_DETAILS));
            if (response.hasErrors())
                throw new IllegalStateException(response.getErrors().toString());
            ResponsePath path = response.getBest();
            StringBuilder md =
                    new StringBuilder("## ").append(args[2].replace('_', ' ')).append("\n\n");
            md.append(String.format(
                    Locale.ROOT,
                    "Profile `%s`, from %s,%s to %s,%s; %.0f m.%n%n",
                    args[3],
                    args[4],
                    args[5],
                    args[6],
                    args[7],
                    path.getDistance()));
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("sv"))) {
                RouteGuidance guidance = router.guide(path, GuidanceOptions.defaults(locale));
                md.append("### ")
                        .append(locale.getDisplayLanguage(Locale.ENGLISH))
                        .append("\n\n");
                md.append("Summary: ").append(guidance.summaryFull()).append("\n\n");
                md.append("| at | kind | announce before | short | full |\n|---:|---|---|---|---|\n");
                for (Cue cue : guidance.cues())
                    md.append(String.format(
                            Locale.ROOT,
                            "| %.0f m | %s | %s | %s | %s |%n",
                            cue.distanceMeters(),
                            cue.kind(),
                            cue.announceBeforeMeters().stream()
                                    .map(d -> String.format(Locale.ROOT, "%.0f m", d))
                                    .toList(),
                            cue.shortText(),
                            cue.fullText()));
                md.append('\n');
            }
            System.out.print(md);
        }
    }
}
