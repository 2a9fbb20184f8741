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
 * Accounts as entities, for a use case that changes or checks one: inside the use case's
 * transaction, never from a page (pages ask {@code boundary.Accounts} for the caller as a value).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccountLookup {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    public Optional<Account> byEmail(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }

    /** The logged-in caller's account itself, for a use case that changes it. */
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
