package org.hallway.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.util.List;

/**
 * The one way a use case refuses user input: every broken rule as a {@link Violation} naming its
 * field, so the page shows each message next to the field. Unchecked on purpose: the
 * {@code @Transactional} boundary method rolls back on it, so a refused change never leaves
 * anything half-written.
 */
public class Rejected extends RuntimeException {

    /** The one wording for a stale form (JPA {@code @Version}): someone else's change committed first. */
    public static final String CHANGED_BY_SOMEONE_ELSE =
            "This was changed by someone else in the meantime. Reload the page to see the current version.";
    /** The one wording for a commit the database refused for another reason; the cause is logged. */
    public static final String NOT_SAVED =
            "That could not be saved; nothing was changed. Reload the page and try again.";

    private static final System.Logger LOG = System.getLogger(Rejected.class.getName());

    private final transient List<Violation> violations;

    public Rejected(List<Violation> violations) {
        super(violations.isEmpty() ? "rejected" : violations.get(0).message(), null, false, false);
        this.violations = List.copyOf(violations);
    }

    public Rejected(String field, String message) {
        this(List.of(Violation.of(field, message)));
    }

    public static Rejected general(String message) {
        return new Rejected(List.of(Violation.general(message)));
    }

    /** Throws the violations, if there are any. */
    public static void unless(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new Rejected(violations);
        }
    }

    /**
     * Runs one use case (a boundary method: its own transaction) and says why it changed nothing:
     * its own refusal, or a commit the database refused (a stale version or a constraint), turned
     * into a violation with one of the two wordings above. Empty when it committed.
     */
    public static List<Violation> attempt(Runnable useCase) {
        try {
            useCase.run();
            return List.of();
        } catch (Rejected rejected) {
            return rejected.violations();
        } catch (PersistenceException | TransactionalException e) {
            return List.of(failedCommit(e));
        }
    }

    /**
     * Flushes pending changes now, so a conflict surfaces as a refusal with a message for the user
     * instead of a failed commit: a stale version becomes {@link #CHANGED_BY_SOMEONE_ELSE}, any
     * other database refusal (typically a unique name taken a moment ago) is logged and becomes
     * {@code failed}.
     */
    public static void unlessFlushed(EntityManager em, String failed) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw general(CHANGED_BY_SOMEONE_ELSE);
        } catch (PersistenceException e) {
            LOG.log(System.Logger.Level.WARNING, failed, e);
            throw general(failed);
        }
    }

    private static Violation failedCommit(RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return Violation.general(CHANGED_BY_SOMEONE_ELSE);
            }
        }
        LOG.log(System.Logger.Level.WARNING, "A use case failed at its commit", failure);
        return Violation.general(NOT_SAVED);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The messages alone, in order. */
    public List<String> messages() {
        return violations.stream().map(Violation::message).toList();
    }
}
