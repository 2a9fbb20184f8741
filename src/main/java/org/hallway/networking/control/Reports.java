package org.hallway.networking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hallway.account.control.AccountRef;
import org.hallway.account.entity.Account;
import org.hallway.networking.entity.Report;

/** The reports attendees filed about their partners in an event, as organisers read them. */
@ApplicationScoped
public class Reports {

    /** One report with both people resolved (null for an account deleted since). */
    public record Filed(Instant createdAt, AccountRef reporter, AccountRef reported, Long meetingId, String reason) {}

    @PersistenceContext
    EntityManager em;

    /** Newest first; the people of all reports are read in one query. */
    public List<Filed> ofEvent(long eventId) {
        List<Report> reports = em.createNamedQuery(Report.OF_EVENT, Report.class)
                .setParameter("event", eventId)
                .getResultList();
        if (reports.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new HashSet<>();
        reports.forEach(r -> {
            ids.add(r.getReporterId());
            ids.add(r.getReportedId());
        });
        Map<Long, AccountRef> people = em.createQuery("select a from Account a where a.id in :ids", Account.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Account::getId, AccountRef::of));
        return reports.stream()
                .map(r -> new Filed(
                        r.getCreatedAt(),
                        people.get(r.getReporterId()),
                        people.get(r.getReportedId()),
                        r.getMeetingId(),
                        r.getReason()))
                .toList();
    }
}
