package org.hallway.people.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.hallway.account.boundary.Accounts;
import org.hallway.account.control.AccountRef;
import org.hallway.agenda.boundary.AgendaPage;
import org.hallway.people.control.DirectoryPage;
import org.hallway.platform.Ids;
import org.hallway.platform.Pages;
import org.hallway.ticket.boundary.EventEntry;

/**
 * An event's people directory ({@code event/people.xhtml?event=slug&q=…&page=n}), for its ticket
 * holders and organisers: the listed attendees, a search by name or headline, pages of
 * {@value Directory#PAGE_SIZE}. A plain GET page: every search and page is a link.
 */
@Named
@RequestScoped
public class PeoplePage {

    @Inject
    EventEntry entrance;

    @Inject
    Accounts accounts;

    @Inject
    Directory directory;

    private String slug;
    private String query;
    private String page;
    private boolean found;
    private boolean allowed;
    private String eventName;
    private long viewerId;
    private DirectoryPage people;

    /** View action: who may see the directory, then the page asked for. */
    public void load() {
        AccountRef viewer = accounts.current().orElse(null);
        EventEntry.Entry entry = entrance.of(slug, viewer).orElse(null);
        found = entry != null;
        if (!found) {
            Pages.notFound(FacesContext.getCurrentInstance()); // as for any unknown address
            return;
        }
        eventName = entry.event().name();
        allowed = entry.admitted();
        if (!allowed) {
            message(AgendaPage.NEEDS_TICKET);
            return;
        }
        viewerId = viewer.id();
        Long number = Ids.parse(page);
        people = directory.page(
                entry.event().id(), query, number == null || number < 1 ? 0 : (int) Math.min(number - 1, 100_000));
    }

    private static void message(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** "24 people match “ada” · page 1 of 3". */
    public String getSummary() {
        long total = people.total();
        String text = (total == 1 ? "1 person" : total + " people")
                + (query == null || query.isBlank()
                        ? ""
                        : (total == 1 ? " matches" : " match") + " “" + query.strip() + "”");
        return people.pages() > 1 ? text + " · page " + (people.page() + 1) + " of " + people.pages() : text;
    }

    public String getTitle() {
        return allowed ? "People · " + eventName : "People";
    }

    /** The slug as a query parameter value. */
    public String getSlugInUrl() {
        return URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }

    /** Whether a listing is the viewer themself (no "Message" button to oneself). */
    public boolean isYou(long accountId) {
        return accountId == viewerId;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getQ() {
        return query;
    }

    public void setQ(String query) {
        this.query = query;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public boolean isFound() {
        return found;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public String getEventName() {
        return eventName;
    }

    public DirectoryPage getPeople() {
        return people;
    }
}
