package org.hallway.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes passwords exactly as the identity store verifies them (same algorithm and parameters),
 * so an account created here can log in.
 */
@ApplicationScoped
public class Passwords {

    /** Shared with {@link LoginConfiguration}'s annotation, which needs compile-time constants. */
    static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";

    static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=100000";
    static final String SALT = "Pbkdf2PasswordHash.SaltSizeBytes=16";
    static final String KEY = "Pbkdf2PasswordHash.KeySizeBytes=32";

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                key(ALGORITHM), value(ALGORITHM),
                key(ITERATIONS), value(ITERATIONS),
                key(SALT), value(SALT),
                key(KEY), value(KEY)));
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String hashed) {
        return hash.verify(password.toCharArray(), hashed);
    }

    /** Null when acceptable, else the message to show. */
    public static String problemWith(String password) {
        return problemWith(password, null);
    }

    /**
     * The password policy: at least {@value #MIN_LENGTH} characters, not only blanks, at most
     * {@value #MAX_LENGTH}, and not the account's own e-mail address. Null when acceptable.
     */
    public static String problemWith(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "The password needs at least " + MIN_LENGTH + " characters.";
        }
        if (password.isBlank()) {
            return "The password cannot be only spaces.";
        }
        if (password.length() > MAX_LENGTH) {
            return "The password may have at most " + MAX_LENGTH + " characters.";
        }
        if (email != null && password.strip().equalsIgnoreCase(email.strip())) {
            return "The password cannot be your e-mail address.";
        }
        return null;
    }

    private static String key(String setting) {
        return setting.substring(0, setting.indexOf('='));
    }

    private static String value(String setting) {
        return setting.substring(setting.indexOf('=') + 1);
    }
}
