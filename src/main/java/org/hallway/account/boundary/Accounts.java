package org.hallway.account.boundary;

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

    public Optional<Account> byEmail(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }

    /** The logged-in caller's account, if any. */
    public Optional<Account> current() {
        var principal = security.getCallerPrincipal();
        return principal == null ? Optional.empty() : byEmail(principal.getName());
    }
}
