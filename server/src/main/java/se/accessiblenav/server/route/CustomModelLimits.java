package se.accessiblenav.server.route;

import com.graphhopper.json.Statement;
import com.graphhopper.util.CustomModel;
import com.graphhopper.util.JsonFeatureCollection;
import java.util.List;
import se.accessiblenav.server.system.ClientProblemException;

/**
 * Bounds on a request's {@code custom_model}, checked before GraphHopper compiles it: its expressions
 * become Java source that Janino parses recursively, so a condition nested thousands of brackets deep
 * would overflow the stack from a 10 KB anonymous request. Real models have a handful of short statements.
 */
final class CustomModelLimits {
    static final int MAX_STATEMENTS = 100;
    static final int MAX_EXPRESSION_LENGTH = 1_000;
    static final int MAX_BRACKET_DEPTH = 20;
    static final int MAX_BLOCK_DEPTH = 5;
    static final int MAX_AREAS = 50;

    private int statements;

    private CustomModelLimits() {}

    static void check(CustomModel model) {
        if (model == null) return;
        CustomModelLimits limits = new CustomModelLimits();
        limits.checkAll("priority", model.getPriority(), 0);
        limits.checkAll("speed", model.getSpeed(), 0);
        limits.checkAll("turn_penalty", model.getTurnPenalty(), 0);
        JsonFeatureCollection areas = model.getAreas();
        if (areas != null && areas.getFeatures() != null && areas.getFeatures().size() > MAX_AREAS)
            throw new ClientProblemException("custom_model has "
                    + areas.getFeatures().size() + " areas; at most " + MAX_AREAS + " are accepted.");
    }

    private void checkAll(String section, List<Statement> list, int blockDepth) {
        if (list == null) return;
        if (blockDepth > MAX_BLOCK_DEPTH)
            throw new ClientProblemException(
                    "custom_model " + section + " nests blocks more than " + MAX_BLOCK_DEPTH + " deep.");
        for (Statement statement : list) {
            if (statement == null) throw new ClientProblemException("custom_model " + section + " has an empty entry.");
            if (++statements > MAX_STATEMENTS)
                throw new ClientProblemException("custom_model has more than " + MAX_STATEMENTS + " statements.");
            checkExpression(section, statement.condition());
            checkExpression(section, statement.value());
            if (statement.isBlock()) checkAll(section, statement.doBlock(), blockDepth + 1);
        }
    }

    private static void checkExpression(String section, String expression) {
        if (expression == null) return;
        if (expression.length() > MAX_EXPRESSION_LENGTH)
            throw new ClientProblemException("A custom_model " + section + " expression has " + expression.length()
                    + " characters; at most " + MAX_EXPRESSION_LENGTH + " are accepted.");
        int depth = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (c == '(' || c == '[' || c == '{') depth++;
            else if (c == ')' || c == ']' || c == '}') depth--;
            if (depth > MAX_BRACKET_DEPTH)
                throw new ClientProblemException("A custom_model " + section + " expression nests brackets more than "
                        + MAX_BRACKET_DEPTH + " deep.");
        }
    }
}
