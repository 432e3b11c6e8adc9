package se.accessiblenav.voice.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import se.accessiblenav.voice.geo.LatLon;

/** Reads {@code latitude,longitude} options. */
final class LatLonConverter implements ITypeConverter<LatLon> {
    @Override
    public LatLon convert(String value) {
        try {
            return LatLon.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
