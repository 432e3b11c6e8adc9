package se.accessiblenav.core.routing;

/**
 * One way of the walkers' graph, for drawing the network (the planner page's offline background).
 *
 * @param coordinates longitude, latitude pairs along the way
 * @param closed a blocking obstacle closes it now
 * @param hazard a hazard obstacle lies on it now
 */
public record NetworkWay(String name, double[][] coordinates, boolean closed, boolean hazard) {}
