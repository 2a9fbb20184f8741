package org.hallway.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.util.List;

/**
 * Thrown by a use case that refuses its input. Unchecked on purpose: a {@code @Transactional}
 * boundary method rolls back on it, so a refused change never leaves anything half-written.
 */
public class Rejected extends RuntimeException {

    private static final System.Logger LOG = System.getLogger(Rejected.class.getName());

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

    /**
     * Flushes pending changes now, so a conflict surfaces as a message for the user instead of a
     * failed commit: a stale version becomes {@code changedBySomeoneElse}, any other database
     * refusal (typically a unique name taken a moment ago) is logged and becomes {@code failed}.
     */
    public static void unlessFlushed(EntityManager em, String changedBySomeoneElse, String failed) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw general(changedBySomeoneElse);
        } catch (PersistenceException e) {
            LOG.log(System.Logger.Level.WARNING, failed, e);
            throw general(failed);
        }
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The messages alone, in order. */
    public List<String> messages() {
        return violations.stream().map(Violation::message).toList();
    }
}
