package se.accessiblenav.core.routing;

/** How big the loaded walking graph is: its nodes (junctions and ends) and edges (ways between them). */
public record GraphSize(int nodes, int edges) {}
