package org.hallway.feedback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.TreeSet;

/**
 * Who attended sessions, as far as surveys are concerned: a visit to the session's room, or a
 * networking meeting in it whose media flowed. Runs in its caller's transaction.
 */
@ApplicationScoped
public class Attendance {

    @PersistenceContext
    EntityManager em;

    public boolean attended(List<Long> sessionIds, long accountId) {
        return !em.createQuery(
                                "select v.id from RoomVisit v where v.sessionId in :sessions and v.accountId = :account",
                                Long.class)
                        .setParameter("sessions", sessionIds)
                        .setParameter("account", accountId)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty()
                || !em.createQuery(
                                "select m.id from Meeting m where m.sessionId in :sessions and m.failed = false"
                                        + " and (m.firstAccountId = :account or m.secondAccountId = :account)",
                                Long.class)
                        .setParameter("sessions", sessionIds)
                        .setParameter("account", accountId)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty();
    }

    /** Everyone who attended any of the sessions, by account id. */
    public TreeSet<Long> attendees(List<Long> sessionIds) {
        var all = new TreeSet<Long>(em.createQuery(
                        "select distinct v.accountId from RoomVisit v" + " where v.sessionId in :sessions", Long.class)
                .setParameter("sessions", sessionIds)
                .getResultList());
        for (String side : List.of("firstAccountId", "secondAccountId")) {
            all.addAll(em.createQuery(
                            "select distinct m." + side + " from Meeting m where m.sessionId in :sessions"
                                    + " and m.failed = false",
                            Long.class)
                    .setParameter("sessions", sessionIds)
                    .getResultList());
        }
        return all;
    }
}
