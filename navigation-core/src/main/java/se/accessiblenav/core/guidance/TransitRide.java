package se.accessiblenav.core.guidance;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One ride on public transport, as the walker hears about it: the vehicle and its line, where it is going,
 * and the stops from the one to board at to the one to get off at.
 *
 * @param routeType GTFS route type (0 tram, 1 metro, 2 train, 3 bus, 4 ferry, ...; extended types too)
 * @param line the line's number or name as the timetable gives it ("RNV 39A")
 * @param towards where the vehicle is going (the trip's headsign, or its last stop)
 * @param zone the timetable's time zone, in which times are said
 * @param stops the stops ridden through, boarding first, getting off last (at least two)
 */
public record TransitRide(int routeType, String line, String towards, ZoneId zone, List<Stop> stops) {
    public TransitRide {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(towards, "towards");
        Objects.requireNonNull(zone, "zone");
        stops = List.copyOf(stops);
        if (stops.size() < 2) throw new IllegalArgumentException("a ride has at least two stops");
    }

    /**
     * A stop of the ride.
     *
     * @param name the stop's name
     * @param code the code on the stop pole or platform, empty if the timetable has none
     * @param arrival when the vehicle arrives (the planned time)
     * @param departure when it leaves
     * @param distanceMeters how far along the ride it is
     */
    public record Stop(
            String name,
            String code,
            double lat,
            double lon,
            Instant arrival,
            Instant departure,
            double distanceMeters) {
        public Stop {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(arrival, "arrival");
            Objects.requireNonNull(departure, "departure");
        }
    }

    public Stop boarding() {
        return stops.get(0);
    }

    public Stop alighting() {
        return stops.get(stops.size() - 1);
    }

    /** The kind of vehicle, as a message key ({@code transit.mode.3}: bus). */
    String modeKey() {
        int basic = routeType;
        if (routeType >= 100 && routeType < 200) basic = 2; // railway services
        else if (routeType >= 200 && routeType < 300) basic = 3; // coach
        else if (routeType >= 400 && routeType < 500) basic = 1; // urban railway, metro
        else if (routeType >= 700 && routeType < 800) basic = 3; // bus
        else if (routeType >= 800 && routeType < 900) basic = 11; // trolleybus
        else if (routeType >= 900 && routeType < 1000) basic = 0; // tram
        else if (routeType >= 1000 && routeType < 1300) basic = 4; // water
        else if (routeType >= 1300 && routeType < 1400) basic = 6; // aerial lift
        else if (routeType >= 1400 && routeType < 1500) basic = 7; // funicular
        return switch (basic) {
            case 0, 1, 2, 3, 4, 5, 6, 7, 11, 12 -> "transit.mode." + basic;
            default -> "transit.mode.other";
        };
    }
}
