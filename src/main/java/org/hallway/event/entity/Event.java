package org.hallway.event.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.hallway.platform.Identified;

/** A virtual event: its public details and the days it runs, in its own time zone. */
@Entity
@Table(name = "event")
@NamedQuery(name = Event.BY_SLUG, query = "select e from Event e where e.slug = :slug and e.deletedAt is null")
@NamedQuery(
        name = Event.ALL,
        query = "select e from Event e where e.deletedAt is null order by e.firstDay desc, e.name")
@NamedQuery(
        name = Event.LISTED,
        query = "select e from Event e where e.deletedAt is null"
                + " and e.visibility = org.hallway.event.entity.Visibility.PUBLIC and e.lastDay >= :since"
                + " order by e.firstDay, e.name")
@NamedQuery(
        name = Event.DELETED_BEFORE,
        query = "select e.id from Event e where e.deletedAt is not null and e.deletedAt <= :before")
@NamedQuery(
        name = Event.DELETED,
        query = "select e from Event e where e.deletedAt is not null order by e.deletedAt desc")
public class Event extends Identified {

    public static final String BY_SLUG = "Event.bySlug";
    public static final String ALL = "Event.all";
    public static final String LISTED = "Event.listed";
    public static final String DELETED = "Event.deleted";
    public static final String DELETED_BEFORE = "Event.deletedBefore";
    /** How long a deleted event can be restored. */
    public static final java.time.Duration RESTORABLE = java.time.Duration.ofDays(30);

    public static final int MAX_NAME = 120;
    public static final int MAX_SLUG = 60;
    public static final int MAX_DESCRIPTION = 4000;

    @Column(nullable = false)
    private String slug;

    @Column(nullable = false)
    private String name;

    private String description;

    @Column(name = "cover_image_id")
    private Long coverImageId;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private Visibility visibility = Visibility.PUBLIC;

    @Column(name = "deleted_at")
    private LocalDateTime deletedAt;

    @Version
    private long version;

    protected Event() {}

    public Event(String slug, String name, String description, ZoneId zone, LocalDate firstDay, LocalDate lastDay) {
        describe(slug, name, description, zone, firstDay, lastDay);
    }

    public final void describe(
            String slug, String name, String description, ZoneId zone, LocalDate firstDay, LocalDate lastDay) {
        this.slug = slug;
        this.name = name;
        this.description = description;
        this.timeZone = zone.getId();
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    /** Moves the event's days by whole days (used to keep the demo current). */
    public void shiftDays(long days) {
        this.firstDay = firstDay.plusDays(days);
        this.lastDay = lastDay.plusDays(days);
    }

    public void show(Visibility visibility) {
        this.visibility = visibility;
    }

    /** Hidden from everyone, restorable until {@link #RESTORABLE} has passed. */
    public void delete(LocalDateTime now) {
        if (deletedAt == null) {
            deletedAt = now;
        }
    }

    public boolean restorable(LocalDateTime now) {
        return deletedAt != null && now.isBefore(deletedAt.plus(RESTORABLE));
    }

    /** Removed for good: deleted, and past the time it could be restored. */
    public boolean purgeable(LocalDateTime now) {
        return deletedAt != null && !restorable(now);
    }

    public void restore() {
        deletedAt = null;
    }

    /**
     * The one rule for every attendee page, session page and socket: a deleted event is gone for
     * everyone (organisers restore it from the admin list), a draft is seen by organisers only.
     */
    public boolean shownTo(boolean organiser) {
        return deletedAt == null && (organiser || visibility != Visibility.DRAFT);
    }

    /** Invite links work: not deleted and not a draft. */
    public boolean takesRegistrations() {
        return deletedAt == null && visibility != Visibility.DRAFT;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public LocalDateTime getDeletedAt() {
        return deletedAt;
    }

    /** Listed on the front page: public, and not over yet in its own time zone. */
    public boolean listedOn(Clock clock) {
        return deletedAt == null
                && visibility == Visibility.PUBLIC
                && !lastDay.isBefore(LocalDate.now(clock.withZone(zone())));
    }

    public void changeCover(Long imageId) {
        this.coverImageId = imageId;
    }

    public boolean runsOn(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Long getCoverImageId() {
        return coverImageId;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }
}
