package se.accessiblenav.mapdata.obstacle;

import java.time.Instant;
import org.locationtech.jts.geom.Geometry;

/**
 * What a planner writes about an obstacle: everything but the id and the audit fields the store
 * keeps. The geometry is in WGS 84, x = longitude, y = latitude. Descriptions are spoken to walkers;
 * a missing Swedish description falls back to the English one and the other way round.
 *
 * @param validFrom first moment the obstacle applies; {@code null} means "from now on, already"
 * @param validUntil moment it stops applying; {@code null} means open-ended
 */
public record ObstacleDraft(
        Geometry geometry,
        ObstacleKind kind,
        Severity severity,
        String descriptionEn,
        String descriptionSv,
        Instant validFrom,
        Instant validUntil,
        String source) {

    public boolean isActiveAt(Instant time) {
        return (validFrom == null || !time.isBefore(validFrom)) && (validUntil == null || time.isBefore(validUntil));
    }

    /** The description in the language asked for ("sv" or anything else for English), or the other one. */
    public String description(String language) {
        String preferred = "sv".equals(language) ? descriptionSv : descriptionEn;
        String other = "sv".equals(language) ? descriptionEn : descriptionSv;
        return preferred != null && !preferred.isBlank() ? preferred : other == null ? "" : other;
    }
}
