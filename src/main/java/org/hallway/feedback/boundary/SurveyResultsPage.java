package org.hallway.feedback.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.hallway.platform.Ids;
import org.hallway.platform.Pages;

/** admin/survey-results.xhtml?survey=: counts, averages and free-text answers of one survey. */
@Named
@RequestScoped
public class SurveyResultsPage {

    @Inject
    Surveys surveys;

    @Inject
    FacesContext faces;

    private String survey;
    private SurveyResults results;

    public void load() {
        Long id = Ids.parse(survey);
        results = id == null ? null : surveys.results(id).orElse(null);
        if (results == null) {
            Pages.notFound(faces);
        }
    }

    public SurveyResults getResults() {
        return results;
    }

    public String getSurvey() {
        return survey;
    }

    public void setSurvey(String survey) {
        this.survey = survey;
    }
}
