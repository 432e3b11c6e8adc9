package se.accessiblenav.core.osm;

import java.util.ArrayList;
import java.util.List;

/**
 * The car roads that pass through one OSM node, and how many foot-only ways meet there. Known from the
 * road network scan before import, because a way's tag parser sees only its own way.
 *
 * <p>Travels to the tag parsers as the node tag {@value #TAG}: {@code wayId:class:nameHash} per road,
 * separated by {@code ;}, then {@code |footArms}.
 */
public record RoadsAtNode(List<Road> roads, int roadArms, int footArms) {
    public static final String TAG = "acc:roads";

    /** One car road through the node. {@code nameHash} is 0 for an unnamed road. */
    public record Road(long wayId, CrossedRoad traffic, int nameHash) {}

    public RoadsAtNode {
        roads = List.copyOf(roads);
    }

    /** The busiest road at this node other than the given way (and other than ways of the same street). */
    public CrossedRoad busiestOtherRoad(long ownWayId, int ownNameHash) {
        CrossedRoad busiest = CrossedRoad.NONE;
        for (Road road : roads) {
            if (road.wayId() == ownWayId) continue;
            if (ownNameHash != 0 && road.nameHash() == ownNameHash) continue;
            busiest = busiest.max(road.traffic());
        }
        return busiest;
    }

    /** True when three or more road arms meet: a walker along the road passes a side street here. */
    public boolean isRoadJunction() {
        return roadArms >= 3;
    }

    public String encode() {
        StringBuilder sb = new StringBuilder();
        for (Road road : roads) {
            if (!sb.isEmpty()) sb.append(';');
            sb.append(road.wayId())
                    .append(':')
                    .append(road.traffic().ordinal())
                    .append(':')
                    .append(road.nameHash());
        }
        return sb.append('|').append(roadArms).append('|').append(footArms).toString();
    }

    public static RoadsAtNode decode(String encoded) {
        String[] parts = encoded.split("\\|");
        List<Road> roads = new ArrayList<>();
        if (!parts[0].isEmpty()) {
            for (String road : parts[0].split(";")) {
                String[] f = road.split(":");
                roads.add(new Road(
                        Long.parseLong(f[0]), CrossedRoad.values()[Integer.parseInt(f[1])], Integer.parseInt(f[2])));
            }
        }
        return new RoadsAtNode(roads, Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    }

    public static int nameHash(String name) {
        return name == null || name.isBlank() ? 0 : name.trim().hashCode() | 1;
    }
}
