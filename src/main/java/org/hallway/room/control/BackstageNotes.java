package org.hallway.room.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hallway.account.entity.Account;
import org.hallway.agenda.entity.AgendaSession;
import org.hallway.platform.Rejected;
import org.hallway.room.entity.Backstage;

/**
 * The backstage note of a session's room, which only its moderators and speakers see and write.
 * Runs in the caller's transaction and refuses with {@link Rejected}.
 */
@ApplicationScoped
public class BackstageNotes {

    @PersistenceContext
    EntityManager em;

    @Inject
    RoomRules rules;

    public void writeNote(long sessionId, long accountId, String note) {
        Account account = rules.account(accountId);
        AgendaSession session = rules.admitted(sessionId, account, false);
        if (!RoomRules.backstage(session, account)) {
            throw Rejected.general("Only the session's moderators and speakers see the backstage note.");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > Backstage.MAX_NOTE) {
            throw new Rejected("note", "The note may have at most " + Backstage.MAX_NOTE + " characters.");
        }
        Backstage backstage = em.createNamedQuery(Backstage.OF, Backstage.class)
                .setParameter("session", sessionId)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (backstage == null) {
            backstage = new Backstage(sessionId);
            em.persist(backstage);
        }
        backstage.write(text);
        Rejected.unlessFlushed(em, Rejected.NOT_SAVED);
    }
}
