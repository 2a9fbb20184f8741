package org.hallway.networking.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;
import org.hallway.account.control.Passwords;
import org.hallway.account.entity.Account;
import org.hallway.account.entity.Role;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.demo.DemoEvent;
import org.hallway.event.entity.Event;
import org.hallway.networking.control.RulesBook;

/**
 * Test fixture deployed with {@link NetworkingBrowserIT} only: after the demo data, gives the demo's
 * networking session its test rules (120 s meetings with a 10 s extension window, so the offer
 * opens only when the test moves the server clock there; leaving allowed at once) and adds an
 * attendee who holds no ticket.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class ShortNetworkingRules {

    static final int MEETING_SECONDS = 120;
    static final int EXTENSION_WINDOW_SECONDS = 10;
    static final String OUTSIDER = "outsider@hallway.test";

    @PersistenceContext
    EntityManager em;

    @Inject
    RulesBook rulesBook;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    @PostConstruct
    void apply() {
        Event demo = em.createNamedQuery(Event.BY_SLUG, Event.class)
                .setParameter("slug", DemoEvent.SLUG)
                .getSingleResult();
        AgendaSession networking = em.createNamedQuery(AgendaSession.OF_EVENT, AgendaSession.class)
                .setParameter("event", demo)
                .getResultStream()
                .filter(s -> s.getName().equals("Speed networking"))
                .findFirst()
                .orElseThrow();
        rulesBook.save(networking, new RulesBook.Proposal(MEETING_SECONDS, true, 0, 0, 1, false, Set.of()));
        em.persist(new Account(
                OUTSIDER,
                passwords.hash(DemoEvent.PASSWORD),
                "Oscar Outsider",
                LocalDateTime.now(clock),
                Role.ATTENDEE));
    }
}
