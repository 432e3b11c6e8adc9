package se.accessiblenav.voice.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --lang}: the language of what is said, checked when the command line is read. */
final class LanguageOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private String language = "en";

    @Option(
            names = {"--lang", "--language"},
            defaultValue = "en",
            description = "Language of what is said: en or sv (default ${DEFAULT-VALUE}).")
    void language(String value) {
        if (!value.equals("en") && !value.equals("sv"))
            throw new ParameterException(command.commandLine(), "--lang must be en or sv, not '" + value + "'");
        language = value;
    }

    String language() {
        return language;
    }
}
