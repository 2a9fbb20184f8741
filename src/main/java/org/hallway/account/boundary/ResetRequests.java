package org.hallway.account.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * "Forgot your password?" requests: accepted at once, the same way for every address, and handled
 * afterwards on the server's managed executor ({@link AccountRecovery#requestReset}: the account
 * lookup, the per-address limit, the link and its mail). The page's answer therefore waits for no
 * query, and neither its content nor its timing tells whether an address has an account.
 */
@ApplicationScoped
public class ResetRequests {

    private static final System.Logger LOG = System.getLogger(ResetRequests.class.getName());

    @Resource
    ManagedExecutorService managed;

    @Inject
    AccountRecovery recovery;

    /** Set by tests; the managed executor otherwise. */
    Executor executor;

    /** Accepted and not yet handled: a fact one can wait for, where a handled refusal leaves no trace. */
    private final AtomicInteger inHand = new AtomicInteger();

    /** Hands the request over and returns; nothing about the address is looked at here. */
    public void accept(String email) {
        String address = email == null ? "" : email;
        inHand.incrementAndGet();
        try {
            (executor != null ? executor : managed).execute(() -> {
                try {
                    recovery.requestReset(address);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A password-reset request failed", e);
                } finally {
                    inHand.decrementAndGet();
                }
            });
        } catch (RuntimeException notAccepted) {
            inHand.decrementAndGet();
            throw notAccepted;
        }
    }

    /** How many accepted requests on this node are still being handled. */
    public int inHand() {
        return inHand.get();
    }
}
