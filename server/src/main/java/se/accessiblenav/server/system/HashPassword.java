package se.accessiblenav.server.system;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Prints the BCrypt hash of a planner's password for {@code navigation.security.users[n].password-hash}.
 * The password is read from the terminal (not echoed) or standard input, never from the command line.
 */
public final class HashPassword {
    private HashPassword() {}

    public static void main(String[] args) throws IOException {
        Console console = System.console();
        String password;
        if (console != null) {
            char[] typed = console.readPassword("Planner password: ");
            password = typed == null ? "" : new String(typed);
        } else {
            password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        if (password == null || password.length() < 10) {
            System.err.println("Use a password of at least 10 characters.");
            System.exit(2);
        }
        System.out.println(
                PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password));
    }
}
