package org.hallway.ticket.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hallway.account.entity.Account;
import org.hallway.ticket.control.RegistrationRefused;
import org.hallway.ticket.control.Registrations;
import org.hallway.ticket.entity.Ticket;

/**
 * The transactions of invite-link registration, apart from the page so that they have committed
 * before the page logs the new attendee in (the identity store reads the committed account).
 */
@ApplicationScoped
public class InviteDesk {

    @Inject
    Registrations registrations;

    /** The new account, or empty when the address had one (its owner was mailed instead). */
    @Transactional(rollbackOn = RegistrationRefused.class)
    public java.util.Optional<Account> register(String token, Registrations.NewAttendee form) throws RegistrationRefused {
        return registrations.register(token, form);
    }

    @Transactional(rollbackOn = RegistrationRefused.class)
    public Ticket claim(String token, Account account) throws RegistrationRefused {
        return registrations.claim(token, account);
    }
}
