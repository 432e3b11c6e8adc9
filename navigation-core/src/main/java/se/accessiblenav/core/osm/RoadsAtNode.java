package se.accessiblenav.core.osm;

import java.util.List;

/**
 * The car roads that pass through one OSM node, and how many foot-only ways meet there. Known from the
 * road network scan before import, because a way's tag parser sees only its own way.
 *
 * <p>Travels to the tag parsers in two parts, so that its size never matters: the node carries the node
 * tag {@value #TAG} with its own OSM id (a {@code Long}: GraphHopper stores node tags in a key-value store
 * that cuts every text to 250 bytes, and a big junction's roads are longer than that), and each way being
 * imported carries the tag {@value #WAY_TAG}, a {@code Map<Long, RoadsAtNode>} of the roads at its own
 * nodes, from which {@link EdgeTags#roadsAt} reads them. Way tags stay in memory while the way is
 * imported; nothing of this is stored in the graph.
 */
public record RoadsAtNode(List<Road> roads, int roadArms, int footArms, List<SameNameCrossing> sameNameCrossings) {
    /** Node tag: the node's OSM id, where roads meet other ways there. */
    public static final String TAG = "acc:roads";
    /** Way tag: the roads at each of the way's nodes that has {@value #TAG}, by OSM node id. */
    public static final String WAY_TAG = "acc:roads_at_nodes";

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

    public static int nameHash(String name) {
        return name == null || name.isBlank() ? 0 : name.trim().hashCode() | 1;
    }
}
