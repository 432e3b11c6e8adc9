package se.accessiblenav.mapdata.obstacle;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/** Moves every coordinate of a geometry (a copy; the input is left as it was). */
@FunctionalInterface
public interface CoordinateMapping {
    /** Writes the new x and y of ({@code x}, {@code y}) into {@code out[0]} and {@code out[1]}. */
    void map(double x, double y, double[] out);

    default Geometry applyTo(Geometry geometry) {
        Geometry copy = geometry.copy();
        double[] out = new double[2];
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                map(seq.getX(i), seq.getY(i), out);
                seq.setOrdinate(i, 0, out[0]);
                seq.setOrdinate(i, 1, out[1]);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }
}
