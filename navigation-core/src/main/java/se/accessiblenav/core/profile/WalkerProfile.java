package se.accessiblenav.core.profile;

import com.graphhopper.jackson.Jackson;
import com.graphhopper.util.CustomModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The walker profiles, each a GraphHopper custom model in {@code profiles/<name>.json}. Why each rule
 * is there, with sources: {@code docs/profiles.md}.
 */
public enum WalkerProfile {
    FOOT(
            "foot",
            "GraphHopper's plain walking profile, for comparison: shortest comfortable walk, no accessibility preferences."),
    BLIND_CANE(
            "blind_cane",
            "White-cane user: signalised crossings with sound or vibration and tactile paving, no unsignalled busy crossings, sidewalks, few steps."),
    GUIDE_DOG(
            "guide_dog",
            "Guide-dog user: like blind_cane, but kerbs and surfaces matter less and steps are easier; cyclists on shared paths still avoided."),
    LOW_VISION(
            "low_vision",
            "Low vision: signalised or marked crossings, lit ways, handrails on steps, no raised kerbs or rough surfaces.");

    private final String profileName;
    private final String description;

    WalkerProfile(String profileName, String description) {
        this.profileName = profileName;
        this.description = description;
    }

    /** The name used in requests ({@code profile=blind_cane}). */
    public String profileName() {
        return profileName;
    }

    public String description() {
        return description;
    }

    public static Optional<WalkerProfile> findByName(String name) {
        if (name == null) return Optional.empty();
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.profileName.equals(wanted)).findFirst();
    }

    /** The JSON text of the profile's custom model, as shipped. */
    public String customModelJson() {
        String resource = "/profiles/" + profileName + ".json";
        try (InputStream in = WalkerProfile.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Missing profile resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    public CustomModel customModel() {
        try {
            return Jackson.newObjectMapper().readValue(customModelJson(), CustomModel.class);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Profile " + profileName + " has an invalid custom model: " + e.getMessage(), e);
        }
    }
}
