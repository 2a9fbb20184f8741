package org.hallway.realtime.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hallway.realtime.control.EventDoor;

/**
 * Whether an event page opens the event socket (the event template asks): the page's event is its
 * {@code event} view parameter, and only a viewer the socket's handshake would admit gets it, so a
 * page refused for want of a ticket opens nothing. Asked once per request.
 */
@Named("eventSocket")
@RequestScoped
public class EventSocketPage {

    @Inject
    EventDoor admissions;

    private boolean decided;
    private String slug;

    /** The slug of the page's event when the viewer may open its socket; null otherwise. */
    public String getSlug() {
        if (!decided) {
            decided = true;
            var faces = FacesContext.getCurrentInstance();
            var viewer = faces.getExternalContext().getUserPrincipal();
            String event = event(faces);
            if (viewer != null
                    && event != null
                    && admissions.admit(event, viewer.getName()).admitted()) {
                slug = event;
            }
        }
        return slug;
    }

    /** The {@code event} request parameter, or on a postback the view parameter's value. */
    private static String event(FacesContext faces) {
        String event = faces.getExternalContext().getRequestParameterMap().get("event");
        if (event != null || faces.getViewRoot() == null) {
            return event;
        }
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(faces.getViewRoot())) {
            if ("event".equals(parameter.getName()) && parameter.getValue() instanceof String value) {
                return value;
            }
        }
        return null;
    }
}
