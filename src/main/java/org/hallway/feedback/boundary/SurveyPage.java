package org.hallway.feedback.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hallway.account.boundary.Accounts;
import org.hallway.feedback.control.Question;
import org.hallway.platform.Ids;
import org.hallway.platform.Pages;
import org.hallway.platform.Rejected;
import org.hallway.platform.Violation;

/**
 * event/survey.xhtml?survey=: an attendee's answers to a survey, changed until it closes. Each
 * refusal is shown under its question (the violation's field is {@code q<questionId>}).
 */
@Named
@ViewScoped
public class SurveyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Surveys surveys;

    @Inject
    Accounts accounts;

    @Inject
    FacesContext faces;

    private String survey;
    private Long surveyId;
    private Surveys.Summary summary;
    private List<Question> questions = List.of();
    private final Map<Long, String> answers = new HashMap<>();
    private final Map<String, String> errors = new HashMap<>();
    private boolean answered;
    private boolean mayAnswer;
    private String eventSlug;

    public void load() {
        surveyId = Ids.parse(survey);
        var me = accounts.current();
        var form = surveyId == null || me.isEmpty()
                ? null
                : surveys.form(surveyId, me.get().id()).orElse(null);
        if (form == null || (!form.mayAnswer() && !form.answered())) {
            Pages.notFound(faces);
            return;
        }
        summary = form.survey();
        questions = form.questions();
        answers.clear();
        answers.putAll(form.answers());
        answered = form.answered();
        mayAnswer = form.mayAnswer();
        eventSlug = form.eventSlug();
    }

    public void submit() {
        var me = accounts.current();
        if (surveyId == null || me.isEmpty()) {
            return;
        }
        errors.clear();
        long account = me.get().id();
        Map<Long, String> raw = new HashMap<>(answers);
        List<Violation> violations = Rejected.attempt(() -> surveys.answer(surveyId, account, raw));
        if (violations.isEmpty()) {
            Pages.info(faces, answered ? "Your answers were changed. Thank you!" : "Thank you for your answers!");
            answered = true;
            return;
        }
        for (Violation v : violations) {
            if (v.field() == null) {
                Pages.error(faces, v.message());
            } else {
                errors.put(v.field(), v.message());
            }
        }
        faces.validationFailed();
    }

    /** The message under a question, or null. */
    public String error(long questionId) {
        return errors.get("q" + questionId);
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public List<Question> getQuestions() {
        return questions;
    }

    public Surveys.Summary getSummary() {
        return summary;
    }

    public boolean isAnswered() {
        return answered;
    }

    public boolean isMayAnswer() {
        return mayAnswer;
    }

    public String getEventSlug() {
        return eventSlug;
    }

    public String getSurvey() {
        return survey;
    }

    public void setSurvey(String survey) {
        this.survey = survey;
    }
}
