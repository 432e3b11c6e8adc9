package se.accessiblenav.mapdata.obstacle;

import java.util.Objects;
import java.util.UUID;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a planner's file: the obstacle it describes, and, when the file came from an export, the
 * obstacle's id and the version it was exported at.
 *
 * @param id the stored obstacle this feature is, or null for a new one
 * @param version the version the file was made from, or null when unknown (then the current one is updated)
 */
public record ImportedObstacle(UUID id, Long version, ObstacleDraft draft) {
    /** Geometry within about a centimetre (exports round to 7 decimals of a degree), the rest exactly. */
    private static final double SAME_PLACE_DEGREES = 1e-7;

    public ImportedObstacle {
        Objects.requireNonNull(draft, "draft");
    }

    /** Whether a feature says nothing new about a stored obstacle (an export imported again unchanged). */
    static boolean sameContent(ObstacleDraft stored, ObstacleDraft imported) {
        return stored.kind() == imported.kind()
                && stored.severity() == imported.severity()
                && Objects.equals(stored.descriptionEn(), imported.descriptionEn())
                && Objects.equals(stored.descriptionSv(), imported.descriptionSv())
                && Objects.equals(stored.validFrom(), imported.validFrom())
                && Objects.equals(stored.validUntil(), imported.validUntil())
                && Objects.equals(stored.source(), imported.source())
                && samePlace(stored.geometry(), imported.geometry());
    }

    /**
     * The same shape within the tolerance, whatever vertex a ring starts at or which way it turns (exports
     * write rings counter-clockwise, RFC 7946, and a reprojection moves every vertex by a hair).
     */
    private static boolean samePlace(Geometry a, Geometry b) {
        return a.getGeometryType().equals(b.getGeometryType())
                && a.getNumPoints() == b.getNumPoints()
                && DiscreteHausdorffDistance.distance(a, b) <= SAME_PLACE_DEGREES;
    }
}
