package se.accessiblenav.core.osm;

import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.osm.SkipOptions;
import com.graphhopper.util.DistanceCalcEarth;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Named places a walker can orient by, from the OSM nodes of the extract: stops, stations and their
 * entrances, shops, cafés, pharmacies, and other named amenities. Read once when the router opens.
 */
public final class PlaceIndex {
    /** A named place; {@code category} is a word key such as {@code bus_stop} or {@code cafe}, or empty. */
    public record Place(String name, String category, double lat, double lon) {}

    /** A place with its distance from a point. */
    public record Nearby(Place place, double distanceMeters) {}

    private static final List<String> CATEGORY_KEYS =
            List.of("public_transport", "railway", "highway", "amenity", "shop", "tourism", "leisure", "entrance");
    private static final Map<String, String> CATEGORY_BY_TAG = Map.ofEntries(
            Map.entry("highway=bus_stop", "bus_stop"),
            Map.entry("public_transport=platform", "stop"),
            Map.entry("public_transport=stop_position", "stop"),
            Map.entry("railway=station", "station"),
            Map.entry("railway=subway_entrance", "subway_entrance"),
            Map.entry("railway=tram_stop", "tram_stop"),
            Map.entry("amenity=cafe", "cafe"),
            Map.entry("amenity=restaurant", "restaurant"),
            Map.entry("amenity=pharmacy", "pharmacy"),
            Map.entry("amenity=bank", "bank"),
            Map.entry("amenity=post_office", "post_office"),
            Map.entry("amenity=toilets", "toilets"),
            Map.entry("shop=supermarket", "supermarket"),
            Map.entry("shop=convenience", "shop"),
            Map.entry("entrance=main", "entrance"),
            Map.entry("entrance=yes", "entrance"));

    private final List<Place> places;

    private PlaceIndex(List<Place> places) {
        this.places = List.copyOf(places);
    }

    public static PlaceIndex read(File osmFile) {
        List<Place> places = new ArrayList<>();
        OsmElements.forEach(osmFile, new SkipOptions(false, true, true), element -> {
            if (element.getType() != ReaderElement.Type.NODE) return;
            ReaderNode node = (ReaderNode) element;
            String name = node.getTag("name");
            if (name == null || name.isBlank()) return;
            String category = categoryOf(node);
            if (category != null) places.add(new Place(name.trim(), category, node.getLat(), node.getLon()));
        });
        return new PlaceIndex(places);
    }

    /** Writes the places as tab-separated lines (name, category, latitude, longitude). */
    public void save(Path file) throws IOException {
        List<String> lines = new ArrayList<>(places.size());
        for (Place p : places)
            lines.add(p.name().replaceAll("[\\t\\r\\n]", " ") + "\t" + p.category() + "\t" + p.lat() + "\t" + p.lon());
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        Files.write(partial, lines, StandardCharsets.UTF_8);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads what {@link #save} wrote. */
    public static PlaceIndex load(Path file) throws IOException {
        List<Place> places = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length == 4) places.add(new Place(f[0], f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3])));
        }
        return new PlaceIndex(places);
    }

    public static PlaceIndex of(List<Place> places) {
        return new PlaceIndex(places);
    }

    /** The category word key of a named node, "" for a named place of another kind, null for no place. */
    static String categoryOf(ReaderNode node) {
        for (String key : CATEGORY_KEYS) {
            String value = node.getTag(key);
            if (value == null) continue;
            String category = CATEGORY_BY_TAG.get(key + "=" + value);
            return category != null ? category : "";
        }
        return null;
    }

    public int size() {
        return places.size();
    }

    /** Places inside a box (for finding those beside a route). */
    public List<Place> within(double south, double west, double north, double east) {
        List<Place> inside = new ArrayList<>();
        for (Place p : places)
            if (p.lat() >= south && p.lat() <= north && p.lon() >= west && p.lon() <= east) inside.add(p);
        return inside;
    }

    /** Places within the radius, nearest first. A linear scan: extracts hold thousands of places, not millions. */
    public List<Nearby> listWithin(double lat, double lon, double radiusMeters) {
        List<Nearby> nearby = new ArrayList<>();
        double dLat = radiusMeters / 111_320.0;
        for (Place p : places) {
            if (Math.abs(p.lat() - lat) > dLat) continue;
            double d = DistanceCalcEarth.DIST_EARTH.calcDist(lat, lon, p.lat(), p.lon());
            if (d <= radiusMeters) nearby.add(new Nearby(p, d));
        }
        nearby.sort(Comparator.comparingDouble(Nearby::distanceMeters));
        return nearby;
    }
}
