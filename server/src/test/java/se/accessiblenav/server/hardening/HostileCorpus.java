package se.accessiblenav.server.hardening;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import se.accessiblenav.mapdata.obstacle.Obstacle;
import se.accessiblenav.mapdata.obstacle.ObstacleDraft;
import se.accessiblenav.mapdata.obstacle.ObstacleGeoPackage;
import se.accessiblenav.mapdata.obstacle.ObstacleKind;
import se.accessiblenav.mapdata.obstacle.Severity;

/**
 * The bad-input corpus in {@code src/test/resources/hostile}: query templates times hostile parameter
 * values, body templates times hostile JSON values, and single cases with generated bodies (deep nesting,
 * huge bodies, files that are not what they claim to be).
 */
final class HostileCorpus {
    /** One request of the corpus. */
    record Case(String method, boolean planner, String path, String contentType, byte[] body, String source) {
        @Override
        public String toString() {
            String shown = body == null ? "" : new String(body, 0, Math.min(body.length, 80), StandardCharsets.UTF_8);
            return method + " " + (path.length() > 100 ? path.substring(0, 100) + "…" : path)
                    + (planner ? " (planner)" : "") + (shown.isEmpty() ? "" : " body " + shown) + "  [" + source + "]";
        }
    }

    private final Path work;

    HostileCorpus(Path work) {
        this.work = work;
    }

    List<Case> all() throws Exception {
        List<Case> cases = new ArrayList<>();
        List<String> values = lines("query-values.txt");
        for (String template : lines("query-templates.txt")) {
            String[] parts = template.split(" ", 3);
            for (String value : values)
                cases.add(new Case(
                        parts[0],
                        parts[1].equals("planner"),
                        parts[2].replace("{v}", queryValue(value)),
                        null,
                        null,
                        "query-templates.txt"));
        }
        List<String> jsons = lines("body-values.txt");
        for (String template : lines("body-templates.txt")) {
            String[] parts = template.split(" ", 5);
            for (String json : jsons)
                cases.add(new Case(
                        parts[0],
                        parts[1].equals("planner"),
                        parts[2],
                        parts[3],
                        parts[4].replace("{j}", json).getBytes(StandardCharsets.UTF_8),
                        "body-templates.txt"));
        }
        for (String line : lines("special-cases.txt")) {
            String[] parts = line.split(" ", 5);
            String type = parts[3].equals("-") ? null : parts[3];
            cases.add(new Case(
                    parts[0], parts[1].equals("planner"), expand(parts[2]), type, body(parts[4]), "special-cases.txt"));
        }
        return cases;
    }

    private static String queryValue(String value) {
        if (value.equals("(empty)")) return "";
        if (value.startsWith("@long:")) return "x".repeat(Integer.parseInt(value.substring(6)));
        return value;
    }

    private byte[] body(String spec) throws Exception {
        if (spec.equals("(empty)")) return null;
        if (spec.equals("@sqlite")) return plainSqlite();
        if (spec.equals("@badgeom")) return geoPackageWithGarbledGeometry();
        return expand(spec).getBytes(StandardCharsets.UTF_8);
    }

    /** Expands {@code @nest|OPEN|INNER|N|} and {@code @repeat|TEXT|N|} wherever they appear in a line. */
    static String expand(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "@nest\\|([^|]*)\\|([^|]*)\\|(\\d+)\\||@repeat\\|([^|]*)\\|(\\d+)\\|")
                .matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String generated = m.group(1) != null
                    ? m.group(1).repeat(Integer.parseInt(m.group(3)))
                            + m.group(2)
                            + closing(m.group(1)).repeat(Integer.parseInt(m.group(3)))
                    : m.group(4).repeat(Integer.parseInt(m.group(5)));
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(generated));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String closing(String open) {
        return switch (open) {
            case "[" -> "]";
            case "(" -> ")";
            case "{\"a\":" -> "}";
            default -> throw new IllegalArgumentException("no closing for " + open);
        };
    }

    private byte[] plainSqlite() throws Exception {
        Path file = work.resolve("plain-" + UUID.randomUUID() + ".sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (a TEXT)");
            s.execute("INSERT INTO t VALUES ('x')");
        }
        return Files.readAllBytes(file);
    }

    /** A real GeoPackage of one obstacle whose geometry blob is then overwritten with junk. */
    private byte[] geoPackageWithGarbledGeometry() throws Exception {
        Path file = oneObstacleGeoPackage();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("UPDATE " + ObstacleGeoPackage.TABLE + " SET geom = X'47500003DEADBEEF0102'");
        }
        return Files.readAllBytes(file);
    }

    /**
     * A GeoPackage of a few kilobytes whose obstacle table is a view that makes {@code rows} rows from its
     * one real row: small to send, endless to read.
     */
    byte[] geoPackageViewOf(int rows) throws Exception {
        Path file = oneObstacleGeoPackage();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            List<String> columns = new ArrayList<>();
            try (ResultSet r = s.executeQuery("PRAGMA table_info(" + ObstacleGeoPackage.TABLE + ")")) {
                while (r.next()) columns.add(r.getString("name"));
            }
            s.execute("ALTER TABLE " + ObstacleGeoPackage.TABLE + " RENAME TO base");
            StringBuilder select = new StringBuilder("n.i AS " + columns.get(0));
            for (String column : columns.subList(1, columns.size()))
                select.append(", base.").append(column);
            s.execute("CREATE VIEW " + ObstacleGeoPackage.TABLE + " AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL"
                    + " SELECT i + 1 FROM n WHERE i < " + rows + ") SELECT " + select + " FROM n, base");
        }
        return Files.readAllBytes(file);
    }

    private Path oneObstacleGeoPackage() throws IOException {
        Path file = work.resolve("one-" + UUID.randomUUID() + ".gpkg");
        ObstacleDraft draft = new ObstacleDraft(
                new GeometryFactory().createPoint(new Coordinate(18.07, 59.335)),
                ObstacleKind.values()[0],
                Severity.HAZARD,
                "Works",
                null,
                null,
                null,
                "test");
        Obstacle obstacle = new Obstacle(UUID.randomUUID(), draft, "t", Instant.now(), "t", Instant.now(), 1);
        ObstacleGeoPackage.write(List.of(obstacle), 4326, file);
        return file;
    }

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = HostileCorpus.class.getResourceAsStream("/hostile/" + resource)) {
            if (in == null) throw new IllegalStateException("missing corpus file " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        }
    }
}
