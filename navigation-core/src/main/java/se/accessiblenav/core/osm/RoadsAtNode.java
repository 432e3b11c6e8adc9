package se.accessiblenav.core.osm;

import java.util.ArrayList;
import java.util.List;

/**
 * The car roads that pass through one OSM node, and how many foot-only ways meet there. Known from the
 * road network scan before import, because a way's tag parser sees only its own way.
 *
 * <p>Travels to the tag parsers as the node tag {@value #TAG}: {@code wayId:class:nameHash} per road,
 * separated by {@code ;}, then {@code |roadArms|footArms}, then, where two roads of the same name cross
 * each other here, {@code |wayId/otherWayId} per pair, separated by {@code ;}.
 */
public record RoadsAtNode(List<Road> roads, int roadArms, int footArms, List<SameNameCrossing> sameNameCrossings) {
    public static final String TAG = "acc:roads";

    /** One car road through the node. {@code nameHash} is 0 for an unnamed road. */
    public record Road(long wayId, CrossedRoad traffic, int nameHash) {}

    /**
     * Two roads with the same name that are not one street here but cross each other: the link between a
     * dual carriageway's two halves and either half (see {@link StreetArms}).
     */
    public record SameNameCrossing(long wayId, long otherWayId) {
        boolean joins(long oneWayId, long anotherWayId) {
            return (wayId == oneWayId && otherWayId == anotherWayId)
                    || (wayId == anotherWayId && otherWayId == oneWayId);
        }
    }

    public RoadsAtNode {
        roads = List.copyOf(roads);
        sameNameCrossings = List.copyOf(sameNameCrossings);
    }

    public RoadsAtNode(List<Road> roads, int roadArms, int footArms) {
        this(roads, roadArms, footArms, List.of());
    }

    /**
     * The busiest road at this node other than the given way, and other than the ways of its street: those
     * with its name, unless they cross it here.
     */
    public CrossedRoad busiestOtherRoad(long ownWayId, int ownNameHash) {
        CrossedRoad busiest = CrossedRoad.NONE;
        for (Road road : roads) {
            if (road.wayId() == ownWayId) continue;
            if (ownNameHash != 0 && road.nameHash() == ownNameHash && !crossEachOther(ownWayId, road.wayId())) continue;
            busiest = busiest.max(road.traffic());
        }
        return busiest;
    }

    private boolean crossEachOther(long wayId, long otherWayId) {
        for (SameNameCrossing crossing : sameNameCrossings) if (crossing.joins(wayId, otherWayId)) return true;
        return false;
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
        sb.append('|').append(roadArms).append('|').append(footArms);
        if (!sameNameCrossings.isEmpty()) {
            sb.append('|');
            for (int i = 0; i < sameNameCrossings.size(); i++) {
                SameNameCrossing crossing = sameNameCrossings.get(i);
                if (i > 0) sb.append(';');
                sb.append(crossing.wayId()).append('/').append(crossing.otherWayId());
            }
        }
        return sb.toString();
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
        List<SameNameCrossing> crossings = new ArrayList<>();
        if (parts.length > 3) {
            for (String pair : parts[3].split(";")) {
                String[] ids = pair.split("/");
                crossings.add(new SameNameCrossing(Long.parseLong(ids[0]), Long.parseLong(ids[1])));
            }
        }
        return new RoadsAtNode(roads, Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), crossings);
    }

    public static int nameHash(String name) {
        return name == null || name.isBlank() ? 0 : name.trim().hashCode() | 1;
    }
}
