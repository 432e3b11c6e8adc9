package se.accessiblenav.mapdata.obstacle;

import java.util.List;

/** An obstacle that cannot be stored, with every reason, each a sentence a planner understands. */
public final class InvalidObstacleException extends RuntimeException {
    private final List<String> problems;

    public InvalidObstacleException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
