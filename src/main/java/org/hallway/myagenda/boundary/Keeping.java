package org.hallway.myagenda.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import org.hallway.platform.Pages;

/**
 * "Add to my agenda" / "Remove from my agenda" wherever a session is shown (agenda, room, My
 * agenda): one button per session, a plain form post, then the same page again with what happened.
 */
@Named
@RequestScoped
public class Keeping {

    @Inject
    MyAgendaDesk desk;

    private Set<Long> kept;

    /** Whether the caller keeps the session (read once per request). */
    public boolean has(long sessionId) {
        if (kept == null) {
            kept = desk.keptByCaller();
        }
        return kept.contains(sessionId);
    }

    public String keep(long sessionId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return Pages.outcome(faces, null, () -> desk.keep(sessionId))
                .map(k -> {
                    Pages.info(
                            faces,
                            "“" + k.name() + "” is on your agenda."
                                    + (k.clashesWith().isEmpty()
                                            ? ""
                                            : " It clashes with " + String.join(", ", k.clashesWith()) + "."));
                    return samePage(faces);
                })
                .orElse(null);
    }

    public String drop(long sessionId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return Pages.outcome(faces, null, () -> desk.drop(sessionId))
                .map(name -> {
                    Pages.info(faces, "“" + name + "” is no longer on your agenda.");
                    return samePage(faces);
                })
                .orElse(null);
    }

    /** The page the button was on, with its parameters (event, session, tab), after a redirect. */
    private static String samePage(FacesContext faces) {
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
