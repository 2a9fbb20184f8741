package org.hallway.account.control;

import java.io.Serializable;
import java.util.Set;
import org.hallway.account.entity.Account;
import org.hallway.account.entity.Role;

/**
 * An account as a value: what pages, sockets and timers know of the caller (its id, address, name
 * and roles), read inside the transaction that loaded the account, so none of them holds the entity.
 * A use case that changes the account finds it again inside its own transaction ({@link Accounts#of}).
 */
public record AccountRef(long id, String email, String displayName, Set<Role> roles) implements Serializable {

    public AccountRef {
        roles = Set.copyOf(roles);
    }

    /** Call it inside the transaction that loaded the account. */
    public static AccountRef of(Account account) {
        return new AccountRef(account.getId(), account.getEmail(), account.getDisplayName(), account.getRoles());
    }
}
