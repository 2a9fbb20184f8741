package org.hallway.agenda.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.hallway.account.entity.Account;
import org.hallway.event.entity.Event;
import org.hallway.platform.Identified;

/**
 * One session of an event's agenda. Times are local to the event's time zone, as organisers
 * and attendees read them.
 */
@Entity
@Table(name = "agenda_session")
@NamedQuery(
        name = AgendaSession.OF_EVENT,
        query = "select s from AgendaSession s where s.event = :event order by s.startsAt, s.track")
@NamedQuery(
        name = AgendaSession.WITH_EVENT,
        query = "select s from AgendaSession s join fetch s.event where s.id = :id")
public class AgendaSession extends Identified {

    public static final String OF_EVENT = "AgendaSession.ofEvent";
    /** One session with its event loaded: for callers that read the event after the persistence context ends. */
    public static final String WITH_EVENT = "AgendaSession.withEvent";

    public static final int MAX_NAME = 120;
    public static final int MAX_TRACK = 60;
    public static final int MAX_DESCRIPTION = 4000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    private Event event;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionType type;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(nullable = false)
    private String track;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    private Integer capacity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionState state = SessionState.SCHEDULED;

    @Column(name = "pre_session_image_id")
    private Long preSessionImageId;

    @Enumerated(EnumType.STRING)
    @Column(name = "content_kind", nullable = false)
    private ContentKind contentKind = ContentKind.NONE;

    @Column(name = "content_url")
    private String contentUrl;

    @Column(name = "pre_session_video_url")
    private String preSessionVideoUrl;

    @Column(name = "starts_automatically", nullable = false)
    private boolean startsAutomatically;

    @Column(name = "auto_started", nullable = false)
    private boolean autoStarted;

    @Column(name = "auto_ended", nullable = false)
    private boolean autoEnded;

    @ManyToMany
    @JoinTable(
            name = "session_speaker",
            joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<Account> speakers = new HashSet<>();

    @ManyToMany
    @JoinTable(
            name = "session_moderator",
            joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<Account> moderators = new HashSet<>();

    @Version
    private long version;

    protected AgendaSession() {}

    public AgendaSession(Event event, SessionType type) {
        this.event = event;
        this.type = type;
    }

    public void describe(
            String name,
            String description,
            String track,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            Integer capacity) {
        // a moved start or end is a new appointment for the scheduler
        if (!java.util.Objects.equals(this.startsAt, startsAt)) {
            this.autoStarted = false;
        }
        if (!java.util.Objects.equals(this.endsAt, endsAt)) {
            this.autoEnded = false;
        }
        this.name = name;
        this.description = description;
        this.track = track;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.capacity = capacity;
    }

    public void assign(Set<Account> speakers, Set<Account> moderators) {
        this.speakers = new HashSet<>(speakers);
        this.moderators = new HashSet<>(moderators);
    }

    /** Moves the session by whole days, keeping its times of day (used to keep the demo current). */
    public void shiftDays(long days) {
        this.startsAt = startsAt.plusDays(days);
        this.endsAt = endsAt.plusDays(days);
    }

    /** Whether the scheduler starts and ends this session at its times. */
    public void startAutomatically(boolean automatically) {
        this.startsAutomatically = automatically;
    }

    /** What the room shows, checked by the agenda's content rules; a null address for no content. */
    public void show(ContentKind kind, String url, String preSessionVideoUrl) {
        this.contentKind = url == null ? ContentKind.NONE : kind;
        this.contentUrl = url;
        this.preSessionVideoUrl = preSessionVideoUrl;
    }

    public void changeType(SessionType type) {
        this.type = type;
    }

    public void changePreSessionImage(Long imageId) {
        this.preSessionImageId = imageId;
    }

    /** Puts the session live; an ended session stays ended. */
    public boolean start() {
        if (state != SessionState.SCHEDULED) {
            return false;
        }
        state = SessionState.LIVE;
        return true;
    }

    public boolean end() {
        if (state == SessionState.ENDED) {
            return false;
        }
        state = SessionState.ENDED;
        return true;
    }

    /** Puts an ended session live again (an organiser's decision); false when it is not ended. */
    public boolean reopen() {
        if (state != SessionState.ENDED) {
            return false;
        }
        state = SessionState.LIVE;
        return true;
    }

    /** The scheduler's start: as {@link #start()}, remembered so it happens once per start time. */
    public boolean startOnSchedule() {
        autoStarted = true;
        return start();
    }

    /** The scheduler's end: a scheduled or live session ends, remembered so it happens once per end time. */
    public boolean endOnSchedule() {
        autoStarted = true;
        autoEnded = true;
        return end();
    }

    public boolean isLive() {
        return state == SessionState.LIVE;
    }

    public Event getEvent() {
        return event;
    }

    public SessionType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getTrack() {
        return track;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public SessionState getState() {
        return state;
    }

    public Long getPreSessionImageId() {
        return preSessionImageId;
    }

    public ContentKind getContentKind() {
        return contentKind;
    }

    public String getContentUrl() {
        return contentUrl;
    }

    public String getPreSessionVideoUrl() {
        return preSessionVideoUrl;
    }

    public boolean isStartsAutomatically() {
        return startsAutomatically;
    }

    public boolean isAutoStarted() {
        return autoStarted;
    }

    public boolean isAutoEnded() {
        return autoEnded;
    }

    public Set<Account> getSpeakers() {
        return Set.copyOf(speakers);
    }

    public Set<Account> getModerators() {
        return Set.copyOf(moderators);
    }

    /** Grows with every change: a calendar file's SEQUENCE, so calendars replace a moved session. */
    public long getVersion() {
        return version;
    }
}
