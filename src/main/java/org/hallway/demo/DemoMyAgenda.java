package org.hallway.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hallway.account.entity.Account;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.event.entity.Event;
import org.hallway.myagenda.entity.KeptSession;

/**
 * Ada's agenda in the demo: two talks that overlap ("Engines of analysis" 10:00-11:00 and "Compilers
 * for everyone" 10:30-11:30, shown as a clash on "My agenda") and the afternoon's "Goto considered
 * harmful, revisited".
 */
@ApplicationScoped
public class DemoMyAgenda {

    static final List<String> ADAS =
            List.of("Engines of analysis", "Compilers for everyone", "Goto considered harmful, revisited");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void load() {
        Event event = em.createNamedQuery(Event.BY_SLUG, Event.class)
                .setParameter("slug", DemoEvent.SLUG)
                .getSingleResult();
        Account ada = em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", DemoEvent.ATTENDEES.get(0))
                .getSingleResult();
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        for (AgendaSession s : em.createNamedQuery(AgendaSession.OF_EVENT, AgendaSession.class)
                .setParameter("event", event)
                .getResultList()) {
            if (ADAS.contains(s.getName())) {
                em.persist(new KeptSession(ada.getId(), s.getId(), now));
            }
        }
    }
}
