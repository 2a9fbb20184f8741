package org.hallway.feedback.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.hallway.account.boundary.Accounts;

/** The agenda's "Tell us about …" links: the surveys the caller may answer now (read once per request). */
@Named
@RequestScoped
public class SurveyBanner {

    @Inject
    Surveys surveys;

    @Inject
    Accounts accounts;

    private List<Surveys.Summary> open;

    public List<Surveys.Summary> openFor(long eventId) {
        if (open == null) {
            open = accounts.current().map(a -> surveys.openFor(eventId, a.id())).orElse(List.of());
        }
        return open;
    }
}
