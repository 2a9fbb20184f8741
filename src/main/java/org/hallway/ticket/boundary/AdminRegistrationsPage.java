package org.hallway.ticket.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hallway.event.boundary.OrganiserEventPage;
import org.hallway.platform.Pages;
import org.hallway.ticket.control.RegistrationRow;
import org.hallway.ticket.control.RegistrationSearch;

/**
 * Who registered for an event (admin/registrations.xhtml?event=&amp;q=&amp;page=): a count per ticket
 * type, search over name and e-mail, pages of {@value RegistrationSearch#PAGE_SIZE}, CSV export,
 * revoking a ticket, and invitations by e-mail to a pasted list of addresses.
 */
@Named
@ViewScoped
public class AdminRegistrationsPage extends OrganiserEventPage {

    private static final long serialVersionUID = 1L;

    /** How many tickets of one type were issued. */
    public record Count(String ticketType, long issued, Integer capacity) implements Serializable {}

    /** A ticket type to invite to. */
    public record Type(long id, String name) implements Serializable {}

    @Inject
    TicketAdministration ticketAdministration;

    @Inject
    RegistrationDesk desk;

    private String q;
    private int page = 1;
    private RegistrationSearch.Page results;
    private List<Count> counts = List.of();
    private List<Type> types = List.of();

    private Long inviteType;
    private String addresses;

    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!findEvent()) {
            return;
        }
        var all = ticketAdministration.lines(event.id());
        counts = all.stream()
                .map(t -> new Count(t.name(), t.issued(), t.capacity()))
                .toList();
        types = all.stream().map(t -> new Type(t.id(), t.name())).toList();
        results = desk.page(event.id(), q, page);
    }

    public String revoke(long ticketId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String[] email = new String[1];
        if (!Pages.attempt(faces, "registrations", () -> email[0] = desk.revoke(event.id(), ticketId))) {
            return null;
        }
        Pages.info(faces, "The ticket of " + email[0] + " is revoked: access to " + event.name() + " ended.");
        return self();
    }

    public String invite() {
        FacesContext faces = FacesContext.getCurrentInstance();
        int[] invited = new int[1];
        if (!Pages.attempt(
                faces,
                "invite",
                () -> invited[0] = desk.invite(event.id(), inviteType == null ? 0 : inviteType, addresses))) {
            return null;
        }
        Pages.info(
                faces,
                invited[0] + (invited[0] == 1 ? " invitation is" : " invitations are")
                        + " on the way (see the Outbox for their delivery).");
        return self();
    }

    private String self() {
        return "/admin/registrations?faces-redirect=true&event=" + URLEncoder.encode(slug, StandardCharsets.UTF_8)
                + (q == null || q.isBlank() ? "" : "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    /** The CSV export of the current search, relative to the context root. */
    public String getCsvPath() {
        return "/admin/registrations.csv?event=" + URLEncoder.encode(slug == null ? "" : slug, StandardCharsets.UTF_8)
                + (q == null || q.isBlank() ? "" : "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    public List<RegistrationRow> getRows() {
        return results == null ? List.of() : results.rows();
    }

    public RegistrationSearch.Page getResults() {
        return results;
    }

    public List<Count> getCounts() {
        return counts;
    }

    public List<Type> getTypes() {
        return types;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public Long getInviteType() {
        return inviteType;
    }

    public void setInviteType(Long inviteType) {
        this.inviteType = inviteType;
    }

    public String getAddresses() {
        return addresses;
    }

    public void setAddresses(String addresses) {
        this.addresses = addresses;
    }
}
