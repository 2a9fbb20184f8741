package org.hallway.event.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.hallway.event.control.EventDetails;
import org.hallway.event.control.EventEditor;
import org.hallway.event.control.EventRules;
import org.hallway.platform.Ids;
import org.hallway.platform.Pages;

/** Creates an event or edits one (admin/event.xhtml?id=). */
@Named
@ViewScoped
public class AdminEventPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "event";

    @Inject
    EventEditor editor;

    @Inject
    EventAdministration administration;

    private String id;
    private Long eventId;
    private Long version;
    private Long coverImageId;
    private String originalSlug;
    private String name;
    private String slug;
    private String description;
    private String timeZone = "UTC";
    private LocalDate firstDay;
    private LocalDate lastDay;
    private transient Part cover;

    /** View action: loads the event named by ?id=, or prepares an empty form without one. */
    public void load() {
        if (id == null || id.isEmpty()) {
            return;
        }
        Long parsed = Ids.parse(id);
        EventLine event = parsed == null ? null : administration.line(parsed).orElse(null);
        if (event == null) {
            Pages.notFound(FacesContext.getCurrentInstance());
            return;
        }
        eventId = event.id();
        version = editor.versionOf(eventId);
        coverImageId = event.coverImageId();
        originalSlug = event.slug();
        name = event.name();
        slug = event.slug();
        description = event.description();
        timeZone = event.timeZone();
        firstDay = event.firstDay();
        lastDay = event.lastDay();
    }

    public String save() {
        var faces = FacesContext.getCurrentInstance();
        var details = new EventDetails(name, slug, description, timeZone, firstDay, lastDay);
        if (!Pages.attempt(faces, FORM, () -> administration.save(eventId, version, details, cover))) {
            return null;
        }
        Pages.info(faces, eventId == null ? "Event “" + name.strip() + "” created." : "Event saved.");
        return "/admin/events?faces-redirect=true";
    }

    public boolean isEditing() {
        return eventId != null;
    }

    public List<String> getTimeZones() {
        return EventRules.TIME_ZONES;
    }

    public Long getEventId() {
        return eventId;
    }

    public Long getCoverImageId() {
        return coverImageId;
    }

    public String getOriginalSlug() {
        return originalSlug;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public Part getCover() {
        return cover;
    }

    public void setCover(Part cover) {
        this.cover = cover;
    }
}
