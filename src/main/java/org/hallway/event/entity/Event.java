package org.hallway.event.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hallway.platform.Identified;

/** A virtual event: its public details and the days it runs, in its own time zone. */
@Entity
@Table(name = "event")
@NamedQuery(name = Event.BY_SLUG, query = "select e from Event e where e.slug = :slug")
@NamedQuery(name = Event.ALL, query = "select e from Event e order by e.firstDay desc, e.name")
public class Event extends Identified {

    public static final String BY_SLUG = "Event.bySlug";
    public static final String ALL = "Event.all";
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
    @Version
    private long version;

    protected Event() {
    }

    public Event(String slug, String name, String description, ZoneId zone, LocalDate firstDay, LocalDate lastDay) {
        describe(slug, name, description, zone, firstDay, lastDay);
    }

    public final void describe(String slug, String name, String description, ZoneId zone,
                               LocalDate firstDay, LocalDate lastDay) {
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
