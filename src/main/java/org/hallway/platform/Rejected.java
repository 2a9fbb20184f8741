package org.hallway.platform;

import java.util.List;

/**
 * Thrown by a use case that refuses its input. Unchecked on purpose: a {@code @Transactional}
 * boundary method rolls back on it, so a refused change never leaves anything half-written.
 */
public class Rejected extends RuntimeException {

    private final transient List<Violation> violations;

    public Rejected(List<Violation> violations) {
        super(violations.isEmpty() ? "rejected" : violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public Rejected(String field, String message) {
        this(List.of(Violation.of(field, message)));
    }

    public static Rejected general(String message) {
        return new Rejected(List.of(Violation.general(message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The messages alone, in order. */
    public List<String> messages() {
        return violations.stream().map(Violation::message).toList();
    }
}
