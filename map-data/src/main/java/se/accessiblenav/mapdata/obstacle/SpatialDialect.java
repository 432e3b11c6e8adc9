package se.accessiblenav.mapdata.obstacle;

/** The few places where H2 and PostGIS differ: how a geometry is written, read and searched by box. */
enum SpatialDialect {
    /** Well-known binary in a VARBINARY column; box search on the stored bounds. */
    H2("h2", "?", "geometry", "max_lon >= ? AND max_lat >= ? AND min_lon <= ? AND min_lat <= ?"),
    /** A geometry(Geometry, 4326) column with a GiST index. */
    POSTGIS(
            "postgresql",
            "ST_GeomFromWKB(?, 4326)",
            "ST_AsBinary(geometry) AS geometry",
            "geometry && ST_MakeEnvelope(?, ?, ?, ?, 4326)");

    final String migrations;
    final String geometryParameter;
    final String geometrySelect;
    /** Bound in the order west, south, east, north. */
    final String areaPredicate;

    SpatialDialect(String migrations, String geometryParameter, String geometrySelect, String areaPredicate) {
        this.migrations = migrations;
        this.geometryParameter = geometryParameter;
        this.geometrySelect = geometrySelect;
        this.areaPredicate = areaPredicate;
    }

    static SpatialDialect of(String databaseProductName) {
        if (databaseProductName.equals("H2")) return H2;
        if (databaseProductName.equals("PostgreSQL")) return POSTGIS;
        throw new IllegalArgumentException(
                "The obstacle store supports H2 and PostgreSQL with PostGIS, not " + databaseProductName + ".");
    }
}
