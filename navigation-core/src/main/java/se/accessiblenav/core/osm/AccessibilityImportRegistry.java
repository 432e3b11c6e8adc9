package se.accessiblenav.core.osm;

import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.Crossing;
import com.graphhopper.routing.ev.DefaultImportRegistry;
import com.graphhopper.routing.ev.ExternalBooleanEncodedValue;
import com.graphhopper.routing.ev.ImportRegistry;
import com.graphhopper.routing.ev.ImportUnit;
import com.graphhopper.routing.ev.SimpleBooleanEncodedValue;
import java.util.List;
import java.util.Set;

/**
 * The encoded values GraphHopper does not parse and blind walkers need, one registration each, plus
 * our own {@code crossing} parser in place of GraphHopper's. Everything else goes to GraphHopper.
 */
public final class AccessibilityImportRegistry implements ImportRegistry {
    public static final String SIGNAL_SOUND = "traffic_signals_sound";
    public static final String SIGNAL_VIBRATION = "traffic_signals_vibration";
    public static final String PUSH_BUTTON = "button_operated";
    public static final String HANDRAIL = "handrail";
    public static final String LIT = "lit";
    /** Written at run time from the obstacle store, never from OSM; kept in memory, not in the graph files. */
    public static final String OBSTACLE_BLOCKED = "obstacle_blocked";

    public static final String OBSTACLE_HAZARD = "obstacle_hazard";
    /**
     * Whether the crossings around an edge are mapped well enough to read an untagged one as unmarked;
     * worked out in memory from the graph at import and load ({@code CrossingCoverage}), never from tags.
     */
    public static final String CROSSINGS_MAPPED = "crossings_mapped";

    private static final Set<String> YES = Set.of("yes");
    // traffic_signals:sound=locate|walk: a locator tone or a walk tone, both audible.
    private static final Set<String> SOUND = Set.of("yes", "locate", "walk");
    private static final Set<String> LIT_VALUES = Set.of("yes", "24/7", "automatic", "sunset-sunrise", "dusk-dawn");

    /** Every value this registry adds; profiles list them in {@code graph.encoded_values}. */
    public static final List<String> ENCODED_VALUES = List.of(
            TactilePaving.KEY,
            SIGNAL_SOUND,
            SIGNAL_VIBRATION,
            PUSH_BUTTON,
            Kerb.KEY,
            CrossingIslandParser.KEY,
            RailCrossing.KEY,
            StepCountParser.KEY,
            StepsDirection.KEY,
            HANDRAIL,
            Sidewalk.KEY,
            SharedPath.KEY,
            LIT,
            CrossedRoad.CROSSED_ROAD_KEY,
            CrossedRoad.JUNCTION_CROSSING_KEY,
            CrossedRoad.JOINED_ROAD_KEY,
            EdgeLengthParser.KEY,
            OBSTACLE_BLOCKED,
            OBSTACLE_HAZARD,
            CROSSINGS_MAPPED);

    private final ImportRegistry graphHopperDefaults = new DefaultImportRegistry();

    @Override
    public ImportUnit createImportUnit(String name) {
        if (name.endsWith(StaticPriority.SUFFIX))
            return ImportUnit.create(name, props -> new StaticPriority(name), (lookup, props) -> new NoTagParser());
        if (RelaxedPriority.isKey(name))
            return ImportUnit.create(name, props -> new RelaxedPriority(name), (lookup, props) -> new NoTagParser());
        return switch (name) {
            case Crossing.KEY ->
                ImportUnit.create(
                        name,
                        props -> Crossing.create(),
                        (lookup, props) ->
                                new CrossingTypeParser(lookup.getEnumEncodedValue(Crossing.KEY, Crossing.class)));
            case TactilePaving.KEY ->
                ImportUnit.create(
                        name,
                        props -> TactilePaving.create(),
                        (lookup, props) ->
                                new TactilePavingParser(lookup.getEnumEncodedValue(name, TactilePaving.class)));
            case SIGNAL_SOUND -> yesTag(name, List.of("traffic_signals:sound"), SOUND);
            case SIGNAL_VIBRATION -> yesTag(name, List.of("traffic_signals:vibration"), YES);
            case PUSH_BUTTON -> yesTag(name, List.of("button_operated"), YES);
            case HANDRAIL ->
                yesTag(name, List.of("handrail", "handrail:left", "handrail:right", "handrail:center"), YES);
            case LIT -> yesTag(name, List.of("lit"), LIT_VALUES);
            case Kerb.KEY ->
                ImportUnit.create(
                        name,
                        props -> Kerb.create(),
                        (lookup, props) -> new KerbParser(lookup.getEnumEncodedValue(name, Kerb.class)));
            case RailCrossing.KEY ->
                ImportUnit.create(
                        name,
                        props -> RailCrossing.create(),
                        (lookup, props) ->
                                new RailCrossingParser(lookup.getEnumEncodedValue(name, RailCrossing.class)));
            case CrossingIslandParser.KEY ->
                ImportUnit.create(
                        name,
                        props -> new SimpleBooleanEncodedValue(name),
                        (lookup, props) -> new CrossingIslandParser(lookup.getBooleanEncodedValue(name)));
            case StepCountParser.KEY ->
                ImportUnit.create(
                        name,
                        props -> StepCountParser.create(props.getInt("bits", 6)),
                        (lookup, props) -> new StepCountParser(lookup.getIntEncodedValue(name)));
            case StepsDirection.KEY ->
                ImportUnit.create(
                        name,
                        props -> StepsDirection.create(),
                        (lookup, props) ->
                                new StepsDirectionParser(lookup.getEnumEncodedValue(name, StepsDirection.class)));
            case Sidewalk.KEY ->
                ImportUnit.create(
                        name,
                        props -> Sidewalk.create(),
                        (lookup, props) -> new SidewalkParser(lookup.getEnumEncodedValue(name, Sidewalk.class)));
            case SharedPath.KEY ->
                ImportUnit.create(
                        name,
                        props -> SharedPath.create(),
                        (lookup, props) -> new SharedPathParser(lookup.getEnumEncodedValue(name, SharedPath.class)));
            case CrossedRoad.CROSSED_ROAD_KEY ->
                ImportUnit.create(
                        name,
                        props -> CrossedRoad.createCrossedRoad(),
                        (lookup, props) -> new CrossedRoadParser(lookup.getEnumEncodedValue(name, CrossedRoad.class)));
            case CrossedRoad.JUNCTION_CROSSING_KEY ->
                ImportUnit.create(
                        name,
                        props -> CrossedRoad.createJunctionCrossing(),
                        (lookup, props) ->
                                new JunctionCrossingParser(lookup.getEnumEncodedValue(name, CrossedRoad.class)));
            case CrossedRoad.JOINED_ROAD_KEY ->
                ImportUnit.create(
                        name,
                        props -> CrossedRoad.createJoinedRoad(),
                        (lookup, props) -> new JoinedRoadParser(lookup.getEnumEncodedValue(name, CrossedRoad.class)));
            case EdgeLengthParser.KEY ->
                ImportUnit.create(
                        name,
                        props -> EdgeLengthParser.create(props.getInt("bits", EdgeLengthParser.DEFAULT_BITS)),
                        (lookup, props) -> new EdgeLengthParser(lookup.getIntEncodedValue(name)));
            case OBSTACLE_BLOCKED, OBSTACLE_HAZARD, CROSSINGS_MAPPED ->
                ImportUnit.create(
                        name,
                        props -> new ExternalBooleanEncodedValue(name, false),
                        (lookup, props) -> new NoTagParser());
            default -> graphHopperDefaults.createImportUnit(name);
        };
    }

    private static ImportUnit yesTag(String name, List<String> osmKeys, Set<String> yesValues) {
        return ImportUnit.create(name, props -> new SimpleBooleanEncodedValue(name), (lookup, props) -> {
            BooleanEncodedValue enc = lookup.getBooleanEncodedValue(name);
            return new YesTagParser(enc, osmKeys, yesValues);
        });
    }
}
