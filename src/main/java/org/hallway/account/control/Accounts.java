package org.hallway.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.hallway.account.entity.Account;

/**
 * Finds accounts, and the account of the caller who is logged in. Reads in a transaction: pages ask
 * before and after a use case in one request, and Payara's non-transactional EntityManager of that
 * request is closed by the use case's own invocation ("operation on a closed EntityManager").
 */
@ApplicationScoped
@Transactional
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    /** An address as accounts store it and are found by (trimmed, lower case). */
    public static String normalizeEmail(String email) {
        return Account.normalizeEmail(email);
    }

    public Optional<Account> byEmail(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }

    /** The logged-in caller, if any, as a value: what pages, sockets and timers read. */
    public Optional<AccountRef> current() {
        return currentAccount().map(AccountRef::of);
    }

    /**
     * The logged-in caller's account itself, for a use case that changes it: call it inside the use
     * case's transaction, never from a page.
     */
    public Optional<Account> currentAccount() {
        var principal = security.getCallerPrincipal();
        return principal == null ? Optional.empty() : byEmail(principal.getName());
    }

    /**
     * The account of a caller a page passed in, found again inside the use case's transaction; null
     * for nobody (or an account deleted since).
     */
    public Account of(AccountRef caller) {
        return caller == null ? null : em.find(Account.class, caller.id());
    }
}
