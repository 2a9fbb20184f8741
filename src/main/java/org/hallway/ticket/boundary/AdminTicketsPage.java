package org.hallway.ticket.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.hallway.event.boundary.OrganiserEventPage;
import org.hallway.platform.Pages;
import org.hallway.platform.Rejected;
import org.hallway.platform.Violation;
import org.hallway.ticket.control.InviteLinks;

/** An event's ticket types with their invite links and QR codes (admin/tickets.xhtml?event=). */
@Named
@ViewScoped
public class AdminTicketsPage extends OrganiserEventPage {

    private static final long serialVersionUID = 1L;
    static final String NEW_FORM = "newType";

    /** One ticket type, editable in place. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;
        private final long id;
        private final Long version;
        private final String inviteLink;
        private final long issued;
        private final Integer savedCapacity;
        private String name;
        private Integer capacity;
        private String problem;

        Row(TicketAdministration.TypeLine type, String inviteLink) {
            this.id = type.id();
            this.version = type.version();
            this.inviteLink = inviteLink;
            this.issued = type.issued();
            this.savedCapacity = type.capacity();
            this.name = type.name();
            this.capacity = type.capacity();
        }

        public long getId() {
            return id;
        }

        public String getInviteLink() {
            return inviteLink;
        }

        public long getIssued() {
            return issued;
        }

        /** "3 of 50" or "3 (no limit)". */
        public String getIssuedOfCapacity() {
            return savedCapacity == null ? issued + " (no limit)" : issued + " of " + savedCapacity;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getCapacity() {
            return capacity;
        }

        public void setCapacity(Integer capacity) {
            this.capacity = capacity;
        }

        /** The messages of the last refused change to this row, or null. */
        public String getProblem() {
            return problem;
        }
    }

    @Inject
    org.hallway.mail.control.MailSettings site;

    @Inject
    TicketAdministration administration;

    private List<Row> rows = List.of();
    private String newName;
    private Integer newCapacity;

    public void load() {
        if (!findEvent()) {
            return;
        }
        refresh();
    }

    public void create() {
        var faces = FacesContext.getCurrentInstance();
        if (!Pages.attempt(faces, NEW_FORM, () -> administration.create(event.id(), newName, newCapacity))) {
            return;
        }
        faces.addMessage(
                null, new FacesMessage("Ticket type “" + newName.strip() + "” created, with its own invite link."));
        newName = null;
        newCapacity = null;
        refresh();
    }

    public void save(Row row) {
        var faces = FacesContext.getCurrentInstance();
        List<Violation> refused =
                Rejected.attempt(() -> administration.change(event.id(), row.id, row.version, row.name, row.capacity));
        if (!refused.isEmpty()) {
            // Shown in the row itself: several rows share the field names.
            row.problem = refused.stream().map(Violation::message).collect(Collectors.joining(" "));
            faces.validationFailed();
            return;
        }
        faces.addMessage(null, new FacesMessage("Ticket type saved."));
        refresh();
    }

    public void replaceLink(Row row) {
        var faces = FacesContext.getCurrentInstance();
        if (!Pages.attempt(faces, NEW_FORM, () -> administration.replaceInviteLink(event.id(), row.id))) {
            return;
        }
        faces.addMessage(
                null,
                new FacesMessage("New invite link for “" + row.name
                        + "”: the old link no longer works. Tickets already issued stay valid."));
        refresh();
    }

    public void delete(Row row) {
        var faces = FacesContext.getCurrentInstance();
        List<Violation> refused = Rejected.attempt(() -> administration.delete(event.id(), row.id));
        if (!refused.isEmpty()) {
            row.problem = refused.stream().map(Violation::message).collect(Collectors.joining(" "));
            faces.validationFailed();
            return;
        }
        faces.addMessage(
                null, new FacesMessage("Ticket type “" + row.name + "” deleted; its invite link no longer works."));
        refresh();
    }

    /**
     * A warning when the invite links (built from {@code hallway.mail.base-url}) name another address
     * than the one the organiser is using: attendees would be sent elsewhere. Null when they agree.
     */
    public String getAddressWarning() {
        var request = (jakarta.servlet.http.HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        if (org.hallway.mail.control.MailSettings.sameAddress(
                site.baseUrl(),
                request.getScheme(),
                request.getServerName(),
                request.getServerPort(),
                request.getContextPath())) {
            return null;
        }
        // The request's own address is not repeated: its Host header is the client's to choose.
        return "These invite links start with " + site.baseUrl() + " (the setting hallway.mail.base-url), not with"
                + " the address you are using now. If people cannot reach Hallway at the links' address, ask whoever"
                + " runs Hallway to set hallway.mail.base-url to the site's public address, with its path.";
    }

    private void refresh() {
        rows = administration.lines(event.id()).stream()
                .map(t -> new Row(t, InviteLinks.of(site, t.inviteToken())))
                .toList();
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public Integer getNewCapacity() {
        return newCapacity;
    }

    public void setNewCapacity(Integer newCapacity) {
        this.newCapacity = newCapacity;
    }
}
