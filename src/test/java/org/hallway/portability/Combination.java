package org.hallway.portability;

import java.util.Locale;

/**
 * Which server and which database this run of the portable suite uses: system properties
 * {@code hallway.server} ({@code payara} or {@code wildfly}) and {@code hallway.db} ({@code h2} or
 * {@code postgresql}), set per Failsafe execution of the {@code matrix} profile (pom.xml).
 */
public record Combination(String server, String db) {

    public static Combination current() {
        var combination = new Combination(
                System.getProperty("hallway.server", "payara").toLowerCase(Locale.ROOT),
                System.getProperty("hallway.db", "h2").toLowerCase(Locale.ROOT));
        if (!combination.server.matches("payara|wildfly") || !combination.db.matches("h2|postgresql")) {
            throw new IllegalArgumentException("Unknown combination " + combination);
        }
        return combination;
    }

    public boolean wildfly() {
        return server.equals("wildfly");
    }

    public boolean postgresql() {
        return db.equals("postgresql");
    }

    @Override
    public String toString() {
        return server + "+" + db;
    }
}
