package se.accessiblenav.core.safety;

/** Where on a route a street is crossed: what the walker is doing there. */
public enum CrossingPlace {
    /** On foot ways, at a node or on a way tagged as a crossing. */
    MAPPED("at a mapped crossing"),
    /** On foot ways, through a road node with no crossing tag. */
    UNTAGGED("foot way across a road, untagged"),
    /** Following a road without sidewalk straight on past a side street. */
    PAST_SIDE_STREET("along a road, past a side street"),
    /** On a road without sidewalk, turning into a street on its far side. */
    TURN_ACROSS("along a road, turning to its far side"),
    /** On a road without sidewalk, leaving it for a foot way on its far side. */
    FAR_SIDE_EXIT("along a road, leaving it on its far side");

    private final String label;

    CrossingPlace(String label) {
        this.label = label;
    }

    /** A short heading for tables. */
    public String label() {
        return label;
    }
}
