package org.hallway.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;

/**
 * Messages that must survive the redirect after a use case ("Event … created.", a registration's
 * "Thank you!"): kept in the person's own session under one attribute that is set anew on each
 * change, so a cluster's session store replicates it and the node answering the redirect shows them.
 * Mojarra's flash does not survive that on several nodes (its cookie is encrypted with a key each
 * node draws, and its map is changed in place). Shown by the next page rendered, once.
 */
public class CarriedMessages implements PhaseListener {

    private static final long serialVersionUID = 1L;
    static final String ATTRIBUTE = "hallway.carried-messages";

    /** Shows {@code message} on this page and, when a redirect follows, on the next one. */
    public static void carry(FacesContext faces, FacesMessage message) {
        faces.addMessage(null, message);
        HttpSession session = (HttpSession) faces.getExternalContext().getSession(true);
        List<FacesMessage> carried = new ArrayList<>(waiting(session));
        carried.add(message);
        session.setAttribute(ATTRIBUTE, carried);
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        HttpSession session = (HttpSession) faces.getExternalContext().getSession(false);
        if (session == null) {
            return;
        }
        List<FacesMessage> carried = waiting(session);
        if (carried.isEmpty()) {
            return;
        }
        session.removeAttribute(ATTRIBUTE);
        List<FacesMessage> shown = faces.getMessageList(null);
        for (FacesMessage message : carried) {
            // added in this very request (no redirect followed): already there
            boolean there = shown.stream()
                    .anyMatch(m -> m.getSeverity().equals(message.getSeverity())
                            && m.getSummary().equals(message.getSummary()));
            if (!there) {
                faces.addMessage(null, message);
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing: the messages were handed to the page before it rendered
    }

    @SuppressWarnings("unchecked")
    private static List<FacesMessage> waiting(HttpSession session) {
        Object value = session.getAttribute(ATTRIBUTE);
        return value instanceof List<?> list ? (List<FacesMessage>) list : List.of();
    }
}
