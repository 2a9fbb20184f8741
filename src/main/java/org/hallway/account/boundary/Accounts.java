package org.hallway.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.hallway.account.control.AccountLookup;
import org.hallway.account.control.AccountRef;
import org.hallway.account.entity.Account;

/**
 * The account of the caller who is logged in, and accounts by address, as values: what pages,
 * sockets and timers read. Reads in a transaction of its own: pages ask before and after a use case
 * in one request, and Payara's non-transactional EntityManager of that request is closed by the use
 * case's own invocation ("operation on a closed EntityManager"). A use case that needs the entity
 * finds it through {@link AccountLookup} inside its own transaction.
 */
@ApplicationScoped
@Transactional
public class Accounts {

    @Inject
    AccountLookup lookup;

    /** An address as accounts store it and are found by (trimmed, lower case). */
    public static String normalizeEmail(String email) {
        return Account.normalizeEmail(email);
    }

    /** The logged-in caller, if any, as a value. */
    public Optional<AccountRef> current() {
        return lookup.currentAccount().map(AccountRef::of);
    }

    /** The account of an address, if any, as a value. */
    public Optional<AccountRef> byEmail(String email) {
        return lookup.byEmail(email).map(AccountRef::of);
    }
}
