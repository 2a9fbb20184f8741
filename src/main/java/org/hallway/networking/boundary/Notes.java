package org.hallway.networking.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.hallway.networking.entity.Note;
import org.hallway.platform.Rejected;
import org.hallway.platform.Violation;

/**
 * Private notes about people met ("talked about vintage cameras"): one per author, person and event,
 * written and changed from "My connections and matches", read by their author only; a blank note
 * removes it. Only about someone the author actually met at that event.
 */
@ApplicationScoped
public class Notes {

    /** The form field a note's refusal names. */
    public static final String FIELD = "body";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** What is wrong with a note's text (already stripped); empty when it may be kept. */
    public static List<Violation> check(String body) {
        List<Violation> violations = new ArrayList<>();
        if (body.length() > Note.MAX_BODY) {
            violations.add(Violation.of(
                    FIELD,
                    "A note may have at most " + Note.MAX_BODY + " characters (this one has " + body.length() + ")."));
        }
        if (body.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            violations.add(Violation.of(FIELD, "A note may not contain control characters."));
        }
        return violations;
    }

    @Transactional
    public void write(long sessionId, long authorId, long subjectId, String body) {
        String text = body == null ? "" : body.strip();
        Rejected.unless(check(text));
        Long eventId = em.createQuery(
                        "select m.eventId from Meeting m where m.sessionId = :session"
                                + " and ((m.firstAccountId = :a and m.secondAccountId = :b)"
                                + " or (m.firstAccountId = :b and m.secondAccountId = :a))",
                        Long.class)
                .setParameter("session", sessionId)
                .setParameter("a", authorId)
                .setParameter("b", subjectId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> Rejected.general("You can only keep notes about people you met in this session."));
        Note note = em.createNamedQuery(Note.ABOUT, Note.class)
                .setParameter("event", eventId)
                .setParameter("author", authorId)
                .setParameter("subject", subjectId)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (text.isEmpty()) {
            if (note != null) {
                em.remove(note);
            }
        } else if (note == null) {
            em.persist(new Note(eventId, authorId, subjectId, text, clock.instant()));
        } else {
            note.write(text, clock.instant());
        }
    }
}
