package org.hallway.event.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import org.hallway.platform.Pages;

/**
 * The skeleton of an organiser's page about one event ({@code admin/*.xhtml?event=slug}): the
 * slug from the view parameter, the event as a value, and "find the event or answer 404" in one
 * place. A page's {@code load()} starts with {@code if (!findEvent()) return;}.
 */
public abstract class OrganiserEventPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventAdministration eventsOfPage;

    protected String slug;
    protected EventRef event;

    /** Finds the page's event; when there is none (or it is gone) answers 404 and says false. */
    protected boolean findEvent() {
        event = eventsOfPage.ref(slug).orElse(null);
        if (event == null) {
            Pages.notFound(FacesContext.getCurrentInstance());
            return false;
        }
        return true;
    }

    /** The event again, for an action on a page loaded earlier: empty when it is gone since. */
    protected boolean eventStillThere() {
        event = eventsOfPage.ref(slug).orElse(null);
        return event != null;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public EventRef getEvent() {
        return event;
    }
}
