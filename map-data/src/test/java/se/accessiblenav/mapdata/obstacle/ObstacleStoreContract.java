package se.accessiblenav.mapdata.obstacle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.accessiblenav.mapdata.obstacle.TestObstacles.bowtie;
import static se.accessiblenav.mapdata.obstacle.TestObstacles.line;
import static se.accessiblenav.mapdata.obstacle.TestObstacles.point;
import static se.accessiblenav.mapdata.obstacle.TestObstacles.scaffolding;
import static se.accessiblenav.mapdata.obstacle.TestObstacles.square;
import static se.accessiblenav.mapdata.obstacle.TestObstacles.works;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.accessiblenav.mapdata.extract.BoundingBox;

/** The behaviour every obstacle store must have; run against H2 and against PostGIS. */
abstract class ObstacleStoreContract {
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    ObstacleStore store;

    /** A database with no obstacle tables (each test starts empty). */
    abstract DataSource emptyDatabase() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        store = JdbcObstacleStore.open(emptyDatabase());
    }

    @Test
    void storesPointLineAndPolygonAndReadsThemBackEqual() {
        for (ObstacleDraft draft : List.of(
                scaffolding(point(18.0632, 59.3345)),
                scaffolding(line(18.0632, 59.3345, 18.0640, 59.3349, 18.0651, 59.3347)),
                works(square(18.0601, 59.3330, 0.0004), NOW, NOW.plusSeconds(86_400)))) {
            Obstacle created = store.create(draft, "anna");
            Obstacle read = store.find(created.id()).orElseThrow();
            assertThat(read.data().geometry().equalsExact(draft.geometry(), 1e-9))
                    .as(draft.geometry().getGeometryType())
                    .isTrue();
            assertThat(read.data())
                    .usingRecursiveComparison()
                    .ignoringFields("geometry")
                    .isEqualTo(draft);
            assertThat(read).usingRecursiveComparison().ignoringFields("data").isEqualTo(created);
            assertThat(read.version()).isEqualTo(1);
            assertThat(read.createdBy()).isEqualTo("anna");
        }
    }

    @Test
    void updateWithTheVersionReadBumpsItAndAuditsBeforeAndAfter() {
        Obstacle created = store.create(scaffolding(point(18.0632, 59.3345)), "anna");
        ObstacleDraft moved = scaffolding(point(18.0700, 59.3400));
        Obstacle updated = store.update(created.id(), moved, 1, "bertil");

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.updatedBy()).isEqualTo("bertil");
        assertThat(updated.createdBy()).isEqualTo("anna");
        assertThat(store.find(created.id()).orElseThrow().data().geometry().getCoordinate().x)
                .isEqualTo(18.07);
        List<AuditEntry> audit = store.audit(created.id(), 10);
        assertThat(audit)
                .extracting(AuditEntry::action)
                .containsExactly(AuditEntry.Action.UPDATE, AuditEntry.Action.CREATE);
        assertThat(audit.get(0).actor()).isEqualTo("bertil");
        assertThat(audit.get(0).before()).contains("18.0632").contains("\"version\":1");
        assertThat(audit.get(0).after()).contains("18.07").contains("\"version\":2");
        assertThat(audit.get(1).before()).isNull();
    }

    @Test
    void twoPlannersEditingTheSameVersionCannotOverwriteEachOther() {
        Obstacle created = store.create(scaffolding(point(18.0632, 59.3345)), "anna");
        store.update(created.id(), scaffolding(point(18.0633, 59.3345)), 1, "anna");

        assertThatThrownBy(() -> store.update(created.id(), scaffolding(point(18.09, 59.33)), 1, "bertil"))
                .isInstanceOf(VersionConflictException.class)
                .hasMessageContaining("current version is 2");
        assertThatThrownBy(() -> store.delete(created.id(), 1, "bertil")).isInstanceOf(VersionConflictException.class);
        Obstacle kept = store.find(created.id()).orElseThrow();
        assertThat(kept.version()).isEqualTo(2);
        assertThat(kept.data().geometry().getCoordinate().x).isEqualTo(18.0633);
    }

    @Test
    void deleteRemovesAndAuditsWhatWasThere() {
        Obstacle created = store.create(scaffolding(point(18.0632, 59.3345)), "anna");
        store.delete(created.id(), 1, "bertil");

        assertThat(store.find(created.id())).isEmpty();
        AuditEntry last = store.audit(null, 1).get(0);
        assertThat(last.action()).isEqualTo(AuditEntry.Action.DELETE);
        assertThat(last.obstacleId()).isEqualTo(created.id());
        assertThat(last.before()).contains("Scaffolding over the sidewalk");
        assertThat(last.after()).isNull();
        assertThatThrownBy(() -> store.delete(created.id(), 1, "bertil")).isInstanceOf(ObstacleNotFoundException.class);
        assertThatThrownBy(() -> store.update(UUID.randomUUID(), scaffolding(point(18, 59)), 1, "x"))
                .isInstanceOf(ObstacleNotFoundException.class);
    }

    @Test
    void invalidObstaclesAreRejectedWithEveryReasonAndNothingStored() {
        ObstacleDraft bad = new ObstacleDraft(
                bowtie(18.0, 59.0, 0.1), ObstacleKind.OTHER, null, " ", null, NOW, NOW.minusSeconds(60), null);

        assertThatThrownBy(() -> store.create(bad, "anna"))
                .isInstanceOf(InvalidObstacleException.class)
                .satisfies(e -> assertThat(((InvalidObstacleException) e).problems())
                        .hasSize(4)
                        .anyMatch(p -> p.contains("Self-intersection"))
                        .anyMatch(p -> p.contains("severity is missing"))
                        .anyMatch(p -> p.contains("description is needed"))
                        .anyMatch(p -> p.contains("ends") && p.contains("before it starts")));
        assertThatThrownBy(() -> store.create(scaffolding(point(18.06, 91)), "anna"))
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> store.create(scaffolding(line()), "anna")).hasMessageContaining("empty");
        assertThat(store.list(ObstacleQuery.all())).isEmpty();
        assertThat(store.audit(null, 10)).isEmpty();
        assertThat(store.changeCounter()).isZero();
    }

    @Test
    void createAllStoresEverythingOrNothing() {
        ObstacleDraft good = scaffolding(point(18.0632, 59.3345));
        ObstacleDraft bad = scaffolding(point(200, 59.3345));

        assertThatThrownBy(() -> store.createAll(List.of(good, good, bad), "anna"))
                .isInstanceOf(InvalidObstacleException.class)
                .hasMessageContaining("Feature 2:");
        assertThat(store.list(ObstacleQuery.all())).isEmpty();

        assertThat(store.createAll(List.of(good, good), "anna")).hasSize(2);
        assertThat(store.list(ObstacleQuery.all())).hasSize(2);
    }

    @Test
    void importingAnExportAgainChangesNothingAndAnEditUpdatesInsteadOfDuplicating() {
        Obstacle first = store.create(scaffolding(point(18.0632, 59.3345)), "anna");
        Obstacle second = store.create(scaffolding(square(18.0641, 59.3346, 0.0002)), "anna");
        // what an export gives: every obstacle with its id and version, geometry rounded to 7 decimals
        List<ImportedObstacle> export = store.list(ObstacleQuery.all()).stream()
                .map(o -> new ImportedObstacle(
                        o.id(),
                        o.version(),
                        ObstacleGeoJson.readFeatures(ObstacleGeoJson.toFeature(o), null)
                                .get(0)
                                .draft()))
                .toList();

        ImportResult again = store.importAll(export, "bert");
        assertThat(again.unchanged()).hasSize(2);
        assertThat(again.created()).isEmpty();
        assertThat(store.list(ObstacleQuery.all())).hasSize(2);
        long changes = store.changeCounter();

        // edited in a GIS tool: one description changed, one new feature without id
        ObstacleDraft edited = new ObstacleDraft(
                first.data().geometry(),
                first.data().kind(),
                first.data().severity(),
                "Scaffolding until Friday",
                first.data().descriptionSv(),
                first.data().validFrom(),
                first.data().validUntil(),
                first.data().source());
        ImportResult result = store.importAll(
                List.of(
                        new ImportedObstacle(first.id(), 1L, edited),
                        export.get(1),
                        new ImportedObstacle(null, null, scaffolding(point(18.0650, 59.3350)))),
                "bert");
        assertThat(result.updated()).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo(first.id());
            assertThat(o.version()).isEqualTo(2);
            assertThat(o.data().descriptionEn()).isEqualTo("Scaffolding until Friday");
        });
        assertThat(result.unchanged()).extracting(Obstacle::id).containsExactly(second.id());
        assertThat(result.created()).hasSize(1);
        assertThat(store.list(ObstacleQuery.all())).hasSize(3);
        assertThat(store.changeCounter()).isGreaterThan(changes);

        // the same edit made from the old export again: someone changed it since, so nothing is stored
        ObstacleDraft other = scaffolding(point(18.0660, 59.3360));
        assertThatThrownBy(() -> store.importAll(
                        List.of(new ImportedObstacle(null, null, other), new ImportedObstacle(first.id(), 1L, other)),
                        "carl"))
                .isInstanceOf(VersionConflictException.class);
        assertThat(store.list(ObstacleQuery.all())).hasSize(3);

        // a file from another server: its ids are kept, so importing it twice does not duplicate
        UUID foreign = UUID.randomUUID();
        store.importAll(List.of(new ImportedObstacle(foreign, 7L, other)), "dana");
        store.importAll(List.of(new ImportedObstacle(foreign, 1L, other)), "dana");
        assertThat(store.find(foreign))
                .hasValueSatisfying(o -> assertThat(o.version()).isEqualTo(1));
        assertThat(store.list(ObstacleQuery.all())).hasSize(4);
    }

    @Test
    void listsByAreaIncludingLinesThatOnlyPassThroughIt() {
        Obstacle inside = store.create(scaffolding(point(18.0632, 59.3345)), "anna");
        Obstacle through = store.create(scaffolding(line(18.05, 59.334, 18.08, 59.335)), "anna");
        store.create(scaffolding(point(18.10, 59.36)), "anna");

        List<Obstacle> found = store.list(new ObstacleQuery(new BoundingBox(59.333, 18.060, 59.336, 18.066), null));

        assertThat(found).extracting(Obstacle::id).containsExactlyInAnyOrder(inside.id(), through.id());
    }

    @Test
    void listsWhatIsActiveAtAGivenTime() {
        Obstacle open = store.create(works(point(18.06, 59.33), null, null), "anna");
        Obstacle today = store.create(works(point(18.06, 59.33), NOW.minusSeconds(3600), NOW.plusSeconds(3600)), "a");
        store.create(works(point(18.06, 59.33), NOW.minusSeconds(7200), NOW), "anna"); // ended just now
        Obstacle tomorrow = store.create(works(point(18.06, 59.33), NOW.plusSeconds(86_400), null), "anna");

        assertThat(store.list(ObstacleQuery.activeAt(NOW)))
                .extracting(Obstacle::id)
                .containsExactlyInAnyOrder(open.id(), today.id());
        assertThat(store.list(ObstacleQuery.activeAt(NOW.plusSeconds(90_000))))
                .extracting(Obstacle::id)
                .containsExactlyInAnyOrder(open.id(), tomorrow.id());
        assertThat(store.list(ObstacleQuery.all())).hasSize(4);
    }

    @Test
    void changeCounterMovesWithEveryWrite() {
        long before = store.changeCounter();
        Obstacle created = store.create(scaffolding(point(18.06, 59.33)), "anna");
        long afterCreate = store.changeCounter();
        store.update(created.id(), scaffolding(point(18.07, 59.33)), 1, "anna");

        assertThat(afterCreate).isGreaterThan(before);
        assertThat(store.changeCounter()).isGreaterThan(afterCreate);
    }

    @Test
    void reopeningAnExistingStoreKeepsItsObstacles() throws Exception {
        Obstacle created = store.create(scaffolding(point(18.06, 59.33)), "anna");
        ObstacleStore reopened = JdbcObstacleStore.open(currentDatabase());
        assertThat(reopened.find(created.id())).isPresent();
    }

    /** The database the current store uses (reopened without emptying). */
    abstract DataSource currentDatabase();
}
