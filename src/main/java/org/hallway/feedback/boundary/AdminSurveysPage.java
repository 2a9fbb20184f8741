package org.hallway.feedback.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hallway.event.boundary.OrganiserEventPage;
import org.hallway.feedback.control.SurveyRules;
import org.hallway.feedback.entity.QuestionKind;
import org.hallway.platform.Ids;
import org.hallway.platform.Pages;

/** admin/surveys.xhtml?event=: the event's surveys with their response counts, and the survey builder. */
@Named
@ViewScoped
public class AdminSurveysPage extends OrganiserEventPage {

    private static final long serialVersionUID = 1L;
    public static final int SLOTS = 5;

    /** One question slot of the builder (a blank prompt leaves it out). */
    public static final class Slot implements Serializable {

        private static final long serialVersionUID = 1L;
        private String kind = QuestionKind.SCALE.name();
        private String prompt;
        private boolean required;
        private String options;

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getPrompt() {
            return prompt;
        }

        public void setPrompt(String prompt) {
            this.prompt = prompt;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public String getOptions() {
            return options;
        }

        public void setOptions(String options) {
            this.options = options;
        }

        SurveyRules.QuestionDraft draft() {
            QuestionKind k;
            try {
                k = kind == null ? null : QuestionKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                k = null;
            }
            return new SurveyRules.QuestionDraft(k, prompt, required, options);
        }
    }

    @Inject
    Surveys surveys;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    private final Map<String, String> sessions = new LinkedHashMap<>();
    private List<Surveys.Summary> list = List.of();
    private String session = "";
    private String title;
    private String closes;
    private final List<Slot> slots = new ArrayList<>();

    public void load() {
        if (!findEvent()) {
            return;
        }
        sessions.clear();
        sessions.put("The whole event", "");
        surveys.sessions(event.id()).forEach((id, name) -> sessions.put(name, String.valueOf(id)));
        closes = event.lastDay().plusDays(7).toString();
        slots.clear();
        for (int i = 0; i < SLOTS; i++) {
            slots.add(new Slot());
        }
        list = surveys.ofEvent(event.id());
    }

    public void create() {
        LocalDate last;
        try {
            last = closes == null || closes.isBlank() ? null : LocalDate.parse(closes.strip());
        } catch (DateTimeParseException e) {
            last = null;
        }
        Long sessionId = session == null || session.isBlank() ? null : Ids.parse(session);
        var draft = new SurveyRules.SurveyDraft(
                title, last, slots.stream().map(Slot::draft).toList());
        if (Pages.attempt(faces, "builder", () -> surveys.create(event.id(), sessionId, draft))) {
            Pages.info(
                    faces,
                    "Survey “" + title.strip() + "” created. It opens for those who attended once its"
                            + " session (or, for the event's survey, the whole event) has ended.");
            title = null;
            session = "";
            slots.replaceAll(s -> new Slot());
            list = surveys.ofEvent(event.id());
        }
    }

    public List<QuestionKind> getKinds() {
        return Surveys.kinds();
    }

    public Map<String, String> getSessions() {
        return sessions;
    }

    public List<Surveys.Summary> getSurveys() {
        return list;
    }

    public List<Slot> getSlots() {
        return slots;
    }

    public String getSession() {
        return session;
    }

    public void setSession(String session) {
        this.session = session;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getCloses() {
        return closes;
    }

    public void setCloses(String closes) {
        this.closes = closes;
    }
}
