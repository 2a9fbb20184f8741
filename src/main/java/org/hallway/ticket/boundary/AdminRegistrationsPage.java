package org.hallway.ticket.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hallway.event.control.Events;
import org.hallway.event.entity.Event;
import org.hallway.platform.Pages;
import org.hallway.ticket.control.TicketTypes;
import org.hallway.ticket.entity.Ticket;

/** Who registered for an event, with a count per ticket type (admin/registrations.xhtml?event=). */
@Named
@RequestScoped
public class AdminRegistrationsPage {

    private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** One registration. */
    public static final class Row {
        private final String name;
        private final String email;
        private final String ticketType;
        private final String issuedAt;
        private final boolean emailVerified;

        Row(Ticket ticket) {
            this.emailVerified = ticket.getAccount().isEmailVerified();
            this.name = ticket.getAccount().getDisplayName();
            this.email = ticket.getAccount().getEmail();
            this.ticketType = ticket.getTicketType().getName();
            this.issuedAt = ISSUED.format(ticket.getIssuedAt());
        }

        public String getName() {
            return name;
        }

        public String getEmail() {
            return email;
        }

        public String getTicketType() {
            return ticketType;
        }

        /** False until the attendee opened the verification mail's link. */
        public boolean isEmailVerified() {
            return emailVerified;
        }

        /** When the ticket was issued (server time, UTC). */
        public String getIssuedAt() {
            return issuedAt;
        }
    }

    /** How many tickets of one type were issued. */
    public static final class Count {
        private final String ticketType;
        private final long issued;
        private final Integer capacity;

        Count(String ticketType, long issued, Integer capacity) {
            this.ticketType = ticketType;
            this.issued = issued;
            this.capacity = capacity;
        }

        public String getTicketType() {
            return ticketType;
        }

        public long getIssued() {
            return issued;
        }

        public Integer getCapacity() {
            return capacity;
        }
    }

    @Inject
    Events events;
    @Inject
    TicketTypes ticketTypes;

    private String slug;
    private Long eventId;
    private String eventName;
    private List<Row> rows = List.of();
    private List<Count> counts = List.of();

    public void load() {
        Event event = events.bySlug(slug).orElse(null);
        if (event == null) {
            Pages.notFound(FacesContext.getCurrentInstance());
            return;
        }
        eventId = event.getId();
        eventName = event.getName();
        rows = ticketTypes.ticketsOf(event).stream().map(Row::new).toList();
        Map<Long, Long> issued = ticketTypes.issuedCounts(event);
        counts = ticketTypes.ofEvent(event).stream()
                .map(t -> new Count(t.getName(), issued.getOrDefault(t.getId(), 0L), t.getCapacity()))
                .toList();
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Count> getCounts() {
        return counts;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public Long getEventId() {
        return eventId;
    }

    public String getEventName() {
        return eventName;
    }
}
