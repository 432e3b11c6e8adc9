package se.accessiblenav.core.osm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The places kept beside the graph read back as they were written. */
class PlaceIndexFileTest {
    @TempDir
    Path dir;

    @Test
    void savedPlacesLoadBackEqual() throws Exception {
        PlaceIndex.Place stop = new PlaceIndex.Place("Hötorget", "subway_entrance", 59.3355, 18.0630);
        PlaceIndex.Place odd = new PlaceIndex.Place("Tab\there", "", 59.3, 18.0);
        Path file = dir.resolve("places.tsv");

        PlaceIndex.of(List.of(stop, odd)).save(file);
        PlaceIndex loaded = PlaceIndex.load(file);

        assertThat(loaded.size()).isEqualTo(2);
        assertThat(loaded.within(59.33, 18.06, 59.34, 18.07)).containsExactly(stop);
        assertThat(loaded.within(59.29, 17.99, 59.31, 18.01))
                .containsExactly(new PlaceIndex.Place("Tab here", "", 59.3, 18.0));
    }
}
