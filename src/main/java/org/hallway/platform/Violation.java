package org.hallway.platform;

/**
 * One broken rule, as the user reads it: the form field it concerns (null for the whole form)
 * and a message that says what to change.
 */
public record Violation(String field, String message) {

    public static Violation of(String field, String message) {
        return new Violation(field, message);
    }

    public static Violation general(String message) {
        return new Violation(null, message);
    }
}
