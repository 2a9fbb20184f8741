package org.hallway.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.hallway.account.control.LoginThrottle;

/**
 * The failed logins on record, per key, in the database ({@code login_failure}): every node counts
 * into the same rows, so behind a balancer N nodes give an attacker no more tries than one, and a
 * restart forgets nothing. {@link LoginThrottle} decides what a count means. Each failure is counted
 * under the row's lock (concurrent failures on several nodes all count); the first failure of a key
 * inserts its row, and should another node insert it at the same moment, it is counted again on
 * the row that node wrote.
 */
@ApplicationScoped
public class LoginFailures {

    static final int MAX_KEY = 320;
    private static final System.Logger LOG = System.getLogger(LoginFailures.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** This bean through its proxy: each count runs in a transaction of its own. */
    @Inject
    LoginFailures self;

    /** Empty when every key may try now, else the longest wait among them. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Duration> wait(String... keys) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (String key : keys) {
            var wait = LoginThrottle.wait(read(key, false), now);
            if (wait.isPresent() && wait.get().compareTo(longest) > 0) {
                longest = wait.get();
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    /** One more failure for each key. */
    public void failed(String... keys) {
        self.forgetQuiet();
        for (String key : keys) {
            try {
                self.count(key);
            } catch (RuntimeException raced) {
                LOG.log(Level.DEBUG, "Counting a login failure raced another node's; counting it again", raced);
                self.count(key); // the row the other node inserted exists now
            }
        }
    }

    /** A successful login clears the key's record (an account's; an address keeps counting). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String key) {
        em.createNativeQuery("DELETE FROM login_failure WHERE throttle_key = ?1")
                .setParameter(1, key(key))
                .executeUpdate();
    }

    /** For {@link #failed} only (public for its transaction): one failure, under the row's lock. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void count(String key) {
        Instant now = clock.instant();
        var previous = read(key, true);
        var next = LoginThrottle.after(previous, now);
        var statement = previous == null
                ? em.createNativeQuery("INSERT INTO login_failure (failures, last_at, blocked_until, throttle_key)"
                        + " VALUES (?1, ?2, CAST(?3 AS TIMESTAMP), ?4)")
                : em.createNativeQuery(
                        "UPDATE login_failure SET failures = ?1, last_at = ?2, blocked_until = CAST(?3 AS TIMESTAMP)"
                                + " WHERE throttle_key = ?4");
        statement
                .setParameter(1, next.count())
                .setParameter(2, utc(next.last()))
                .setParameter(3, next.blockedUntil() == null ? null : utc(next.blockedUntil()))
                .setParameter(4, key(key))
                .executeUpdate();
    }

    /** For {@link #failed} only: rows that no longer count go, so a spray of addresses leaves nothing behind. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forgetQuiet() {
        Instant now = clock.instant();
        em.createNativeQuery(
                        "DELETE FROM login_failure WHERE last_at < ?1 AND (blocked_until IS NULL OR blocked_until < ?2)")
                .setParameter(1, utc(now.minus(LoginThrottle.FORGET_AFTER)))
                .setParameter(2, utc(now))
                .executeUpdate();
    }

    private LoginThrottle.Failures read(String key, boolean lock) {
        List<?> rows = em.createNativeQuery("SELECT failures, last_at, blocked_until FROM login_failure"
                        + " WHERE throttle_key = ?1" + (lock ? " FOR UPDATE" : ""))
                .setParameter(1, key(key))
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(row -> {
                    Object[] columns = (Object[]) row;
                    return new LoginThrottle.Failures(
                            ((Number) columns[0]).intValue(),
                            instant(columns[1]),
                            columns[2] == null ? null : instant(columns[2]));
                })
                .orElse(null);
    }

    private static String key(String key) {
        return key.length() <= MAX_KEY ? key : key.substring(0, MAX_KEY);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Object timestamp) {
        if (timestamp instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (timestamp instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected timestamp type " + timestamp.getClass());
    }
}
