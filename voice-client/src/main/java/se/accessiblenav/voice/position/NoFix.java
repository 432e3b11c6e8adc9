package se.accessiblenav.voice.position;

import java.time.Instant;

/** The source is alive but has no position (GPS without satellites, NMEA fix quality 0, gpsd mode 1). */
public record NoFix(Instant time) implements PositionEvent {}
