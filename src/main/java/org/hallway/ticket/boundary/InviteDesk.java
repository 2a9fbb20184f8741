package org.hallway.ticket.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.hallway.account.control.AccountLookup;
import org.hallway.account.control.AccountRef;
import org.hallway.account.entity.Account;
import org.hallway.ticket.control.Registrations;

/**
 * The use cases of invite-link registration, one transaction each (a {@link org.hallway.platform.Rejected}
 * rolls it back), apart from the page so that they have committed before the page logs the new
 * attendee in (the identity store reads the committed account).
 */
@ApplicationScoped
public class InviteDesk {

    /** What an invite link offers the caller, read in one transaction. */
    public record Invitation(
            String eventName, String eventSlug, String ticketTypeName, boolean soldOut, boolean holdsTicket) {}

    @Inject
    AccountLookup lookup;

    @Inject
    Registrations registrations;

    @Inject
    org.hallway.ticket.control.Admissions admissions;

    /** Empty for a forged, ill-shaped or replaced token. {@code caller} may be null (nobody logged in). */
    @Transactional
    public java.util.Optional<Invitation> invitation(String token, AccountRef viewer) {
        Account caller = lookup.of(viewer);
        return registrations
                .ticketTypeFor(token)
                .map(type -> new Invitation(
                        type.getEvent().getName(),
                        type.getEvent().getSlug(),
                        type.getName(),
                        registrations.soldOut(type),
                        caller != null && admissions.holdsTicket(caller, type.getEvent())));
    }

    /**
     * Returns the new account's e-mail as stored, or empty when the address had an account (its owner
     * was mailed instead; the page answers the same either way).
     */
    @Transactional
    public java.util.Optional<String> register(String token, Registrations.NewAttendee form) {
        return registrations.register(token, form).map(Account::getEmail);
    }

    @Transactional
    public void claim(String token, AccountRef caller) {
        registrations.claim(token, lookup.of(caller));
    }
}
