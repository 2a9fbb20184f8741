package org.hallway.room.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.hallway.room.control.AttendanceSummary;
import org.hallway.room.control.RoomVisits;

/**
 * The attendance figures of an event's session rooms, for the organisers' sessions page
 * ({@code admin/sessions.xhtml} asks per row): the agenda's page lists the sessions, the room
 * feature (which sits above the agenda) answers how they were attended. Read once per request.
 */
@Named("roomAttendance")
@RequestScoped
public class RoomAttendance {

    @Inject
    RoomVisits rooms;

    private final Map<Long, Map<Long, AttendanceSummary>> byEvent = new HashMap<>();

    /** The session's figures; none when nobody entered it. */
    public AttendanceSummary of(long eventId, long sessionId) {
        return byEvent.computeIfAbsent(eventId, rooms::attendanceOf).getOrDefault(sessionId, AttendanceSummary.EMPTY);
    }
}
