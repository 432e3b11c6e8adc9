package se.accessiblenav.mapdata.obstacle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * GeoJSON geometries (RFC 7946) to and from JTS: points, lines, polygons and their multi forms, with a
 * readable message for every malformed one, written rounded to about a centimetre (degrees) or a
 * millimetre (metres).
 */
final class GeoJsonGeometry {
    private GeoJsonGeometry() {}

    /** @throws IllegalArgumentException with a readable message when the geometry is malformed */
    static Geometry read(JsonNode node) {
        if (node == null || node.isNull()) throw new IllegalArgumentException("The geometry is missing.");
        String type = node.path("type").asText("");
        JsonNode c = node.get("coordinates");
        if (c == null || !c.isArray())
            throw new IllegalArgumentException("The geometry needs a 'coordinates' array (type '" + type + "').");
        return switch (type) {
            case "Point" -> ObstacleGeoJson.GEOMETRY.createPoint(position(c));
            case "LineString" -> ObstacleGeoJson.GEOMETRY.createLineString(positions(c, 2, "A LineString"));
            case "Polygon" -> polygon(c);
            case "MultiPoint" -> ObstacleGeoJson.GEOMETRY.createMultiPointFromCoords(positions(c, 1, "A MultiPoint"));
            case "MultiLineString" -> {
                LineString[] lines = new LineString[c.size()];
                for (int i = 0; i < lines.length; i++)
                    lines[i] = ObstacleGeoJson.GEOMETRY.createLineString(
                            positions(c.get(i), 2, "Each line of a MultiLineString"));
                yield ObstacleGeoJson.GEOMETRY.createMultiLineString(lines);
            }
            case "MultiPolygon" -> {
                Polygon[] polygons = new Polygon[c.size()];
                for (int i = 0; i < polygons.length; i++) polygons[i] = polygon(c.get(i));
                yield ObstacleGeoJson.GEOMETRY.createMultiPolygon(polygons);
            }
            default ->
                throw new IllegalArgumentException("Geometry type '" + type
                        + "' is not supported; use Point, LineString or Polygon (or their Multi forms).");
        };
    }

    private static Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty())
            throw new IllegalArgumentException("A Polygon needs at least one ring of positions.");
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) holes[i - 1] = ring(rings.get(i));
        return ObstacleGeoJson.GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode node) {
        Coordinate[] coords = positions(node, 4, "A polygon ring");
        if (!coords[0].equals2D(coords[coords.length - 1]))
            throw new IllegalArgumentException("A polygon ring must end where it starts.");
        return ObstacleGeoJson.GEOMETRY.createLinearRing(coords);
    }

    private static Coordinate[] positions(JsonNode node, int minimum, String what) {
        if (!node.isArray() || node.size() < minimum)
            throw new IllegalArgumentException(what + " needs at least " + minimum + " positions.");
        Coordinate[] coords = new Coordinate[node.size()];
        for (int i = 0; i < coords.length; i++) coords[i] = position(node.get(i));
        return coords;
    }

    private static Coordinate position(JsonNode node) {
        if (!node.isArray()
                || node.size() < 2
                || node.get(0).getNodeType() != JsonNodeType.NUMBER
                || node.get(1).getNodeType() != JsonNodeType.NUMBER)
            throw new IllegalArgumentException(
                    "A position must be [longitude, latitude] with two numbers, got " + node + ".");
        return new Coordinate(node.get(0).asDouble(), node.get(1).asDouble());
    }

    static ObjectNode write(Geometry geometry) {
        return write(geometry, 1e7);
    }

    /** @param scale rounding: 1e7 for degrees (about 1 cm), 1e3 for metres (1 mm) */
    static ObjectNode write(Geometry geometry, double scale) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("type", geometry.getGeometryType());
        ArrayNode coordinates = node.putArray("coordinates");
        switch (geometry.getGeometryType()) {
            case "Point" -> writePosition(coordinates, ((Point) geometry).getCoordinate(), scale);
            case "LineString" -> writePositions(coordinates, geometry.getCoordinates(), scale);
            case "Polygon" -> writePolygon(coordinates, (Polygon) geometry, scale);
            case "MultiPoint" -> {
                for (Coordinate c : geometry.getCoordinates()) writePosition(coordinates.addArray(), c, scale);
            }
            case "MultiLineString" -> {
                for (int i = 0; i < geometry.getNumGeometries(); i++)
                    writePositions(
                            coordinates.addArray(), geometry.getGeometryN(i).getCoordinates(), scale);
            }
            case "MultiPolygon" -> {
                for (int i = 0; i < geometry.getNumGeometries(); i++)
                    writePolygon(coordinates.addArray(), (Polygon) geometry.getGeometryN(i), scale);
            }
            default -> throw new IllegalArgumentException("Cannot write " + geometry.getGeometryType());
        }
        return node;
    }

    private static void writePolygon(ArrayNode out, Polygon polygon, double scale) {
        // RFC 7946: exterior rings counter-clockwise, holes clockwise
        Polygon oriented = (Polygon) polygon.norm().reverse();
        writePositions(out.addArray(), oriented.getExteriorRing().getCoordinates(), scale);
        for (int i = 0; i < oriented.getNumInteriorRing(); i++)
            writePositions(out.addArray(), oriented.getInteriorRingN(i).getCoordinates(), scale);
    }

    private static void writePositions(ArrayNode out, Coordinate[] coords, double scale) {
        for (Coordinate c : coords) writePosition(out.addArray(), c, scale);
    }

    private static void writePosition(ArrayNode out, Coordinate c, double scale) {
        out.add(Math.round(c.x * scale) / scale);
        out.add(Math.round(c.y * scale) / scale);
    }
}
