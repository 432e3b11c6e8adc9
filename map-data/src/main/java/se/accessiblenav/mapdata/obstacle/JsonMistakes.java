package se.accessiblenav.mapdata.obstacle;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * What is wrong with a document that is not JSON, in words a planner understands: where the reading
 * stopped, and what the file probably is when it is another format. Never the parser's own wording (it
 * names its classes and echoes the input).
 */
final class JsonMistakes {
    private JsonMistakes() {}

    static String describe(String text, JsonProcessingException e) {
        String start = text == null ? "" : text.stripLeading();
        String accepted = " Obstacles are taken as GeoJSON (a Feature or FeatureCollection) or as a GeoPackage file.";
        if (start.startsWith("PK"))
            return "This is a ZIP file (a zipped Shapefile, KML or similar), not GeoJSON." + accepted;
        if (start.startsWith("SQLite format 3"))
            return "This is an SQLite file but not a GeoPackage with obstacles." + accepted;
        if (start.startsWith("<")) return "This is XML (KML, GML or GPX?), not GeoJSON." + accepted;
        if (start.startsWith("\"") || !start.startsWith("{") && !start.startsWith("["))
            if (start.contains(",") && start.lines().count() > 1)
                return "This looks like a CSV or text file, not GeoJSON." + accepted;
        JsonLocation where = e.getLocation();
        String at = where == null || where.getLineNr() < 0
                ? ""
                : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
        return "The body is not valid JSON: the reading stopped" + at + "." + accepted;
    }
}
