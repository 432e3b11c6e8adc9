package se.accessiblenav.server.route;

import com.graphhopper.ResponsePath;
import com.graphhopper.util.PointList;
import java.util.Locale;
import se.accessiblenav.core.guidance.Cue;
import se.accessiblenav.core.guidance.RouteGuidance;

/**
 * A route as GPX 1.1 ({@code type=gpx}), for walkers' apps and trackers: the spoken cues as waypoints (name:
 * the short cue, description: the full one) and the walk as a track, in the first path of the answer.
 */
final class RouteGpxWriter {
    private RouteGpxWriter() {}

    static String write(RouteService.Routed routed, String profile) {
        StringBuilder gpx = new StringBuilder(4096);
        gpx.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append(
                        "<gpx xmlns=\"http://www.topografix.com/GPX/1/1\" version=\"1.1\" creator=\"accessible-navigation\">\n")
                .append("<metadata><copyright author=\"OpenStreetMap contributors\"><license>")
                .append("https://opendatacommons.org/licenses/odbl/</license></copyright></metadata>\n");
        ResponsePath path = routed.response().getBest();
        if (!routed.guidance().isEmpty()) {
            RouteGuidance guidance = routed.guidance().get(0);
            for (Cue cue : guidance.cues())
                gpx.append(String.format(Locale.ROOT, "<wpt lat=\"%.7f\" lon=\"%.7f\">", cue.lat(), cue.lon()))
                        .append("<name>")
                        .append(escape(cue.shortText()))
                        .append("</name><desc>")
                        .append(escape(cue.fullText()))
                        .append("</desc><type>")
                        .append(escape(cue.kind().toString()))
                        .append("</type></wpt>\n");
        }
        gpx.append("<trk><name>").append(escape(profile)).append(" walk</name><trkseg>\n");
        PointList points = path.getPoints();
        for (int i = 0; i < points.size(); i++)
            gpx.append(String.format(
                    Locale.ROOT, "<trkpt lat=\"%.7f\" lon=\"%.7f\"/>\n", points.getLat(i), points.getLon(i)));
        return gpx.append("</trkseg></trk>\n</gpx>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
