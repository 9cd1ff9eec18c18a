package io.liaisoninsight.ui.security;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Prints the BCrypt hash of a password for {@code liaison.security.users[n].password-hash}. Reads the
 * password from the console without echo (or one line from standard input), so it does not end up in
 * the shell history:
 * <pre>
 * java -cp analytics-ui/target/analytics-ui-*.jar -Dloader.main=io.liaisoninsight.ui.security.PasswordHashes \
 *      org.springframework.boot.loader.launch.PropertiesLauncher
 * </pre>
 */
public final class PasswordHashes {

    /** BCrypt work factor: about 0.1 s per check on a current core, the cost of every login. */
    static final int STRENGTH = 10;

    private PasswordHashes() {
    }

    public static void main(String[] args) throws IOException {
        String password;
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password: ");
            password = typed == null ? null : new String(typed);
        } else {
            password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        if (password == null || password.isEmpty()) {
            System.err.println("no password given");
            System.exit(1);
        }
        System.out.println(new BCryptPasswordEncoder(STRENGTH).encode(password));
    }
}
