-- Obstacles recorded by city planners (PostGIS store). Planners' GIS tools can read this table directly.
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE obstacle (
    id             UUID PRIMARY KEY,
    geometry       geometry(Geometry, 4326) NOT NULL,
    min_lon        DOUBLE PRECISION NOT NULL,
    min_lat        DOUBLE PRECISION NOT NULL,
    max_lon        DOUBLE PRECISION NOT NULL,
    max_lat        DOUBLE PRECISION NOT NULL,
    kind           VARCHAR(32) NOT NULL,
    severity       VARCHAR(16) NOT NULL,
    description_en VARCHAR(500),
    description_sv VARCHAR(500),
    valid_from     TIMESTAMP WITH TIME ZONE,
    valid_until    TIMESTAMP WITH TIME ZONE,
    source         VARCHAR(200),
    created_by     VARCHAR(100) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     VARCHAR(100) NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT NOT NULL,
    CONSTRAINT obstacle_validity CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until > valid_from),
    CONSTRAINT obstacle_geometry_valid CHECK (ST_IsValid(geometry) AND NOT ST_IsEmpty(geometry))
);
CREATE INDEX obstacle_geometry ON obstacle USING GIST (geometry);
CREATE INDEX obstacle_validity ON obstacle (valid_until);

CREATE TABLE obstacle_audit (
    seq         BIGSERIAL PRIMARY KEY,
    obstacle_id UUID NOT NULL,
    action      VARCHAR(8) NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    before_feature TEXT,
    after_feature  TEXT
);
CREATE INDEX obstacle_audit_obstacle ON obstacle_audit (obstacle_id, seq);
