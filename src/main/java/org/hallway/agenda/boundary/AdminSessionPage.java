package org.hallway.agenda.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.hallway.agenda.control.ContentRules;
import org.hallway.agenda.control.SessionDraft;
import org.hallway.agenda.entity.SessionType;
import org.hallway.event.boundary.OrganiserEventPage;
import org.hallway.platform.Ids;
import org.hallway.platform.Pages;

/** Adds a session to an event's agenda or edits one (admin/session.xhtml?event=&id=). */
@Named
@ViewScoped
public class AdminSessionPage extends OrganiserEventPage {

    private static final long serialVersionUID = 1L;
    static final String FORM = "session";

    /** A choice in the speaker and moderator lists. */
    public static final class Choice implements Serializable {

        private static final long serialVersionUID = 1L;
        private final long id;
        private final String label;

        Choice(SessionForm.Person person) {
            this.id = person.id();
            this.label = person.displayName() + " (" + person.email() + ")";
        }

        public long getId() {
            return id;
        }

        public String getLabel() {
            return label;
        }
    }

    @Inject
    AgendaAdministration administration;

    @Inject
    org.hallway.agenda.control.ContentConfiguration contentConfiguration;

    private String id;
    private Long sessionId;
    private Long version;
    private Long preSessionImageId;
    private List<Choice> people = List.of();

    private SessionType type = SessionType.SESSION;
    private String name;
    private String description;
    private String track;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private Integer capacity;
    private boolean startsAutomatically = true;
    private ContentRules.Use content = ContentRules.Use.NONE;
    private String contentUrl;
    private String preSessionVideoUrl;
    private List<Long> speakerIds = new ArrayList<>();
    private List<Long> moderatorIds = new ArrayList<>();
    private transient Part preSessionImage;

    public void load() {
        var faces = FacesContext.getCurrentInstance();
        if (!findEvent()) {
            return;
        }
        boolean creating = id == null || id.isEmpty();
        Long parsed = creating ? null : Ids.parse(id);
        SessionForm form = creating || parsed != null
                ? administration.form(event.id(), parsed).orElse(null)
                : null;
        if (form == null) {
            Pages.notFound(faces);
            return;
        }
        people = form.people().stream().map(Choice::new).toList();
        SessionForm.Saved session = form.session();
        if (session == null) {
            return;
        }
        sessionId = session.id();
        version = session.version();
        type = session.type();
        name = session.name();
        description = session.description();
        track = session.track();
        startsAt = session.startsAt();
        endsAt = session.endsAt();
        capacity = session.capacity();
        startsAutomatically = session.startsAutomatically();
        content = switch (session.contentKind()) {
            case NONE -> ContentRules.Use.NONE;
            case MEETING -> ContentRules.Use.MEETING;
            case STAGE -> ContentRules.Use.STAGE;
            default -> ContentRules.Use.VIDEO;
        };
        contentUrl = session.contentUrl();
        preSessionVideoUrl = session.preSessionVideoUrl();
        preSessionImageId = session.preSessionImageId();
        speakerIds = new ArrayList<>(session.speakerIds());
        moderatorIds = new ArrayList<>(session.moderatorIds());
    }

    public String save() {
        var faces = FacesContext.getCurrentInstance();
        var draft = new SessionDraft(
                sessionId,
                version,
                type,
                name,
                description,
                track,
                startsAt,
                endsAt,
                capacity,
                new HashSet<>(speakerIds),
                new HashSet<>(moderatorIds),
                startsAutomatically,
                content,
                contentUrl,
                preSessionVideoUrl);
        if (!Pages.attempt(faces, FORM, () -> administration.save(event.id(), draft, preSessionImage))) {
            return null;
        }
        Pages.info(faces, sessionId == null ? "Session “" + name.strip() + "” added." : "Session saved.");
        return "/admin/sessions?faces-redirect=true&event=" + slug;
    }

    public boolean isEditing() {
        return sessionId != null;
    }

    public SessionType[] getTypes() {
        return SessionType.values();
    }

    public List<Choice> getPeople() {
        return people;
    }

    /** Bounds for the browser's date-time picker; the server checks again. */
    public String getMin() {
        return event == null ? null : event.firstDay().atStartOfDay().toString();
    }

    public String getMax() {
        return event == null ? null : event.lastDay().plusDays(1).atStartOfDay().toString();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getPreSessionImageId() {
        return preSessionImageId;
    }

    public SessionType getType() {
        return type;
    }

    public void setType(SessionType type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTrack() {
        return track;
    }

    public void setTrack(String track) {
        this.track = track;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    /** Whether the form offers "Live stage (built in)": only when a Janus server is configured. */
    public boolean isStageOffered() {
        return contentConfiguration.sources().stage() || content == ContentRules.Use.STAGE;
    }

    public ContentRules.Use[] getContentUses() {
        return ContentRules.Use.values();
    }

    public ContentRules.Use getContent() {
        return content;
    }

    public void setContent(ContentRules.Use content) {
        this.content = content;
    }

    public String getContentUrl() {
        return contentUrl;
    }

    public void setContentUrl(String contentUrl) {
        this.contentUrl = contentUrl;
    }

    public String getPreSessionVideoUrl() {
        return preSessionVideoUrl;
    }

    public void setPreSessionVideoUrl(String preSessionVideoUrl) {
        this.preSessionVideoUrl = preSessionVideoUrl;
    }

    public boolean isStartsAutomatically() {
        return startsAutomatically;
    }

    public void setStartsAutomatically(boolean startsAutomatically) {
        this.startsAutomatically = startsAutomatically;
    }

    public List<Long> getSpeakerIds() {
        return speakerIds;
    }

    public void setSpeakerIds(List<Long> speakerIds) {
        this.speakerIds = speakerIds == null ? new ArrayList<>() : speakerIds;
    }

    public List<Long> getModeratorIds() {
        return moderatorIds;
    }

    public void setModeratorIds(List<Long> moderatorIds) {
        this.moderatorIds = moderatorIds == null ? new ArrayList<>() : moderatorIds;
    }

    public Part getPreSessionImage() {
        return preSessionImage;
    }

    public void setPreSessionImage(Part preSessionImage) {
        this.preSessionImage = preSessionImage;
    }
}
