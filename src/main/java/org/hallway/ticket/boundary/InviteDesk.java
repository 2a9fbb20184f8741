package org.hallway.ticket.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hallway.account.entity.Account;
import org.hallway.ticket.control.Registrations;

/**
 * The use cases of invite-link registration, one transaction each (a {@link org.hallway.platform.Rejected}
 * rolls it back), apart from the page so that they have committed before the page logs the new
 * attendee in (the identity store reads the committed account).
 */
@ApplicationScoped
public class InviteDesk {

    @Inject
    Registrations registrations;

    /**
     * Returns the new account's e-mail as stored, or empty when the address had an account (its owner
     * was mailed instead; the page answers the same either way).
     */
    @Transactional
    public java.util.Optional<String> register(String token, Registrations.NewAttendee form) {
        return registrations.register(token, form).map(Account::getEmail);
    }

    @Transactional
    public void claim(String token, Account account) {
        registrations.claim(token, account);
    }
}
