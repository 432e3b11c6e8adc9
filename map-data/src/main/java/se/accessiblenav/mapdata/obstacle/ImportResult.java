package se.accessiblenav.mapdata.obstacle;

import java.util.ArrayList;
import java.util.List;

/** What an import did: obstacles created, updated and left as they were, each in the file's order. */
public record ImportResult(
        List<Obstacle> created, List<Obstacle> updated, List<Obstacle> unchanged, List<Obstacle> all) {
    public ImportResult {
        created = List.copyOf(created);
        updated = List.copyOf(updated);
        unchanged = List.copyOf(unchanged);
        all = List.copyOf(all);
    }

    static final class Builder {
        private final List<Obstacle> created = new ArrayList<>();
        private final List<Obstacle> updated = new ArrayList<>();
        private final List<Obstacle> unchanged = new ArrayList<>();
        private final List<Obstacle> all = new ArrayList<>();

        void created(Obstacle o) {
            created.add(o);
            all.add(o);
        }

        void updated(Obstacle o) {
            updated.add(o);
            all.add(o);
        }

        void unchanged(Obstacle o) {
            unchanged.add(o);
            all.add(o);
        }

        ImportResult build() {
            return new ImportResult(created, updated, unchanged, all);
        }
    }
}
