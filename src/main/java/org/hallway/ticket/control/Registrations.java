package org.hallway.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.hallway.account.control.AccountLookup;
import org.hallway.account.control.AccountMail;
import org.hallway.account.control.Passwords;
import org.hallway.account.control.ProfileRules;
import org.hallway.account.entity.Account;
import org.hallway.account.entity.Role;
import org.hallway.platform.Rejected;
import org.hallway.ticket.entity.Ticket;
import org.hallway.ticket.entity.TicketType;

/**
 * Registration through an invite link: a new account and a ticket of the link's type together,
 * or a ticket of that type for an existing account. Runs inside the caller's transaction (a
 * {@link Rejected} rolls it back); the ticket type's row is locked first, so concurrent registrations
 * cannot exceed its capacity.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Registrations {

    public static final String INVALID_LINK = "This invite link is not valid.";
    public static final String SOLD_OUT = "This ticket type is sold out.";
    public static final String EMAIL_TAKEN =
            "An account with this e-mail already exists: log in and open the link again.";
    public static final String HOLDS_TICKET = "You already have a ticket for this event.";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountLookup accounts;

    @Inject
    Passwords passwords;

    @Inject
    AccountMail mails;

    @Inject
    Admissions admissions;

    @Inject
    Clock clock;

    /** What a visitor types into the registration form. */
    public record NewAttendee(
            String displayName, String email, String password, String confirmation, String headline) {}

    /** The link's ticket type with its event, without locking; empty for a forged or ill-shaped token (which is never queried). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TicketType> ticketTypeFor(String token) {
        if (!InviteTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return em.createQuery(
                        "select t from TicketType t join fetch t.event where t.inviteToken = :token", TicketType.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst()
                .filter(t -> t.getEvent().takesRegistrations()); // drafts and deleted events take none
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean soldOut(TicketType type) {
        return type.getCapacity() != null && ticketsOf(type) >= type.getCapacity();
    }

    /**
     * Creates the account (ATTENDEE) and its ticket, with a mail asking to confirm the address.
     * When the address has an account already, creates nothing and mails its owner how to get the
     * ticket instead (empty result): the visitor gets the same answer either way, and after the same
     * work (the password is hashed in both cases), so the form does not tell who has an account.
     */
    public Optional<Account> register(String token, NewAttendee form) {
        Rejected.unless(ProfileRules.newAccount(
                form.displayName(), form.email(), form.password(), form.confirmation(), form.headline()));
        TicketType type = lockedTicketType(token);
        refuseWhenSoldOut(type);
        String hash = passwords.hash(form.password());
        Optional<Account> existing = accounts.byEmail(form.email());
        if (existing.isPresent()) {
            mails.alreadyRegistered(existing.get(), type.getEvent().getName(), InviteLinks.path(token));
            return Optional.empty();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        var account = new Account(form.email(), hash, form.displayName().trim(), now, Role.ATTENDEE);
        account.updateProfile(form.displayName().trim(), ProfileRules.blankToNull(form.headline()), null, null);
        em.persist(account);
        em.persist(new Ticket(type, account, now));
        mails.askToVerify(account); // the account works at once; its address counts as unconfirmed until then
        // A concurrent registration with the same e-mail hits the unique constraint.
        Rejected.unlessFlushed(em, EMAIL_TAKEN);
        return Optional.of(account);
    }

    /** Adds a ticket of the link's type to an existing account: one per attendee and event. */
    public Ticket claim(String token, Account account) {
        TicketType type = lockedTicketType(token);
        Account holder = em.find(Account.class, account.getId());
        if (holder == null) {
            throw Rejected.general("Your account no longer exists.");
        }
        if (admissions.holdsTicket(holder, type.getEvent())) {
            throw Rejected.general(HOLDS_TICKET);
        }
        refuseWhenSoldOut(type);
        var ticket = new Ticket(type, holder, LocalDateTime.now(clock));
        em.persist(ticket);
        Rejected.unlessFlushed(em, HOLDS_TICKET);
        return ticket;
    }

    private TicketType lockedTicketType(String token) {
        if (!InviteTokens.wellFormed(token)) {
            throw Rejected.general(INVALID_LINK);
        }
        return em.createNamedQuery(TicketType.BY_TOKEN, TicketType.class)
                .setParameter("token", token)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .filter(t -> t.getEvent().takesRegistrations())
                .orElseThrow(() -> Rejected.general(INVALID_LINK));
    }

    /** Counted after the type's row is locked: no concurrent registration can slip in between. */
    private void refuseWhenSoldOut(TicketType type) {
        if (soldOut(type)) {
            throw Rejected.general(SOLD_OUT);
        }
    }

    private long ticketsOf(TicketType type) {
        return em.createNamedQuery(Ticket.COUNT_OF_TYPE, Long.class)
                .setParameter("type", type)
                .getSingleResult();
    }
}
