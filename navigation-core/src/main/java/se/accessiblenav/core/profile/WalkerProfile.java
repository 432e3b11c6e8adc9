package se.accessiblenav.core.profile;

import com.graphhopper.jackson.Jackson;
import com.graphhopper.json.Statement;
import com.graphhopper.util.CustomModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import se.accessiblenav.core.osm.AccessibilityImportRegistry;
import se.accessiblenav.core.osm.StaticPriority;

/**
 * The walker profiles, each a GraphHopper custom model in {@code profiles/<name>.json}. Why each rule
 * is there, with sources: {@code docs/profiles.md}.
 */
public enum WalkerProfile {
    FOOT(
            "foot",
            "GraphHopper's plain walking profile, for comparison: shortest comfortable walk, no accessibility preferences.",
            false),
    BLIND_CANE(
            "blind_cane",
            "White-cane user: signalised crossings with sound or vibration and tactile paving, no unsignalled busy crossings, sidewalks, few steps.",
            true),
    GUIDE_DOG(
            "guide_dog",
            "Guide-dog user: like blind_cane, but kerbs and surfaces matter less and steps are easier; cyclists on shared paths still avoided.",
            true),
    LOW_VISION(
            "low_vision",
            "Low vision: signalised or marked crossings, lit ways, handrails on steps, no raised kerbs or rough surfaces.",
            true);

    /** Rules that mention these encoded values change at run time and are never worked out ahead. */
    private static final Pattern RUN_TIME_VALUES = Pattern.compile("\\b(" + AccessibilityImportRegistry.OBSTACLE_BLOCKED
            + "|" + AccessibilityImportRegistry.OBSTACLE_HAZARD + ")\\b");

    private final String profileName;
    private final String description;
    private final boolean precomputed;

    WalkerProfile(String profileName, String description, boolean precomputed) {
        this.profileName = profileName;
        this.description = description;
        this.precomputed = precomputed;
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

    /**
     * True when the profile's unchanging rules are worked out once per edge when the graph is loaded
     * ({@link StaticPriority}), so that routing reads one value per edge instead of evaluating the whole
     * model. {@code foot} stays GraphHopper's model as it ships: it is the baseline.
     */
    public boolean precomputed() {
        return precomputed;
    }

    /** The shipped model without its rules about obstacles: what {@link StaticPriority} is worked out from. */
    public CustomModel staticModel() {
        CustomModel shipped = customModel();
        CustomModel result = withoutPriority(shipped);
        for (List<Statement> group : priorityGroups(shipped))
            if (!changesAtRunTime(group)) group.forEach(result::addToPriority);
        return result;
    }

    /**
     * The model GraphHopper routes with. For a {@link #precomputed()} profile: its static priority times
     * the rules about obstacles, which gives every edge the same priority as the shipped model, because
     * the shipped model's priority rules only multiply. Otherwise the shipped model.
     */
    public CustomModel routingModel() {
        CustomModel shipped = customModel();
        if (!precomputed) return shipped;
        requireOnlyMultiplications(shipped.getPriority());
        CustomModel result = withoutPriority(shipped);
        result.addToPriority(Statement.If("true", Statement.Op.MULTIPLY, StaticPriority.key(profileName)));
        for (List<Statement> group : priorityGroups(shipped))
            if (changesAtRunTime(group)) group.forEach(result::addToPriority);
        return result;
    }

    /**
     * The profile's rules for crossing a busy road without signals, at their full price, as one chain of
     * cases: the cases of the shipped crossing rules that name a busy road and no signals. Empty for a
     * profile without such rules ({@code foot}). What a shorter walk keeps of the profile when its own walk
     * is too long ({@code DetourBound}): the product's first rule is that a walker crosses a busy road
     * without signals only where no reasonable walk avoids it.
     */
    public List<Statement> busyCrossingRules() {
        List<Statement> chain = new ArrayList<>();
        for (Statement statement : customModel().getPriority()) {
            if (!statement.isBlock()) continue;
            for (Statement crossingCase : statement.doBlock()) {
                String condition = crossingCase.condition();
                if (!crossingCase.isBlock()
                        || condition == null
                        || !condition.contains("== BUSY")
                        || condition.contains("crossing == TRAFFIC_SIGNALS")) continue;
                chain.add(
                        chain.isEmpty()
                                ? Statement.If(condition, crossingCase.doBlock())
                                : Statement.ElseIf(condition, crossingCase.doBlock()));
            }
        }
        return chain;
    }

    private static CustomModel withoutPriority(CustomModel model) {
        CustomModel result = new CustomModel();
        model.getSpeed().forEach(result::addToSpeed);
        model.getTurnPenalty().forEach(result::addToTurnPenalty);
        result.setDistanceInfluence(model.getDistanceInfluence());
        if (model.getHeadingPenalty() != null) result.setHeadingPenalty(model.getHeadingPenalty());
        if (model.getAreas() != null) result.setAreas(model.getAreas());
        return result;
    }

    /** Each {@code if} with the {@code else_if} and {@code else} statements that follow it. */
    private static List<List<Statement>> priorityGroups(CustomModel model) {
        List<List<Statement>> groups = new ArrayList<>();
        for (Statement statement : model.getPriority()) {
            if (statement.keyword() == Statement.Keyword.IF || groups.isEmpty()) groups.add(new ArrayList<>());
            groups.get(groups.size() - 1).add(statement);
        }
        return groups;
    }

    private static boolean changesAtRunTime(List<Statement> statements) {
        for (Statement statement : statements) {
            if (statement.condition() != null
                    && RUN_TIME_VALUES.matcher(statement.condition()).find()) return true;
            if (statement.isBlock() && changesAtRunTime(statement.doBlock())) return true;
        }
        return false;
    }

    private void requireOnlyMultiplications(List<Statement> statements) {
        for (Statement statement : statements) {
            if (statement.isBlock()) requireOnlyMultiplications(statement.doBlock());
            else if (statement.operation() != Statement.Op.MULTIPLY)
                throw new IllegalStateException(
                        "Profile " + profileName + " has a priority rule that does not multiply (" + statement
                                + "); its static rules cannot be worked out ahead");
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
