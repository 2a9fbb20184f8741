package org.hallway.networking.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hallway.account.control.Person;
import org.hallway.networking.control.Notice.Ending;
import org.hallway.networking.control.Outcome.Standing;
import org.hallway.networking.entity.ConnectionState;
import org.hallway.networking.entity.EndReason;
import org.hallway.networking.entity.MediaRoute;
import org.hallway.realtime.control.Refusal;
import org.hallway.realtime.control.Refused;

/**
 * The running meetings of one networking session and their lifecycle: opening a match, resuming it
 * on a socket's return, extensions, leaving, blocking, media checks, the grace period for a lost
 * partner, and the end with what each partner is told. Part of {@link SessionFloor}: used under the
 * floor's monitor, except the partner lookups for the relay path, which read concurrent maps. A
 * method that ends a meeting answers true: the floor then matches the two again.
 */
final class FloorMeetings {

    private final long sessionId;
    private final long eventId;
    private final MeetingHistory history;
    private final Map<Long, Person> people;
    private final Map<Long, LiveMeeting> meetings = new HashMap<>();
    private final Map<Long, LiveMeeting> meetingOf = new HashMap<>();
    private final Map<Long, Long> partners = new ConcurrentHashMap<>();
    // When each attendee's last meeting ended: read without the monitor by the relay path.
    private final Map<Long, Long> endedAt = new ConcurrentHashMap<>();
    // Running totals for the organisers' live dashboard (since this node loaded the session).
    private long meetingsStarted;
    private long mediaFailures;
    private long partnersLost;
    private long sidesMatched;
    private long waitedMillis;

    FloorMeetings(long sessionId, long eventId, MeetingHistory history, Map<Long, Person> people) {
        this.sessionId = sessionId;
        this.eventId = eventId;
        this.history = history;
        this.people = people;
    }

    /** A matched pair meets from now on: recorded, both told, its deadlines armed. */
    void open(long id, Pair pair, long now, Terms terms, Outcome out) {
        long first = pair.first().attendeeId();
        long second = pair.second().attendeeId();
        long endsAt = now + terms.meetingMillis();
        out.record(new MeetingRecord.Opened(
                id,
                sessionId,
                eventId,
                first,
                second,
                now,
                endsAt,
                Math.max(0, now - pair.first().readySinceMillis()),
                Math.max(0, now - pair.second().readySinceMillis())));
        var meeting = new LiveMeeting(id, first, second, now, endsAt, 0, terms);
        register(meeting);
        meetingsStarted++;
        sidesMatched += 2;
        waitedMillis += Math.max(0, now - pair.first().readySinceMillis())
                + Math.max(0, now - pair.second().readySinceMillis());
        out.notice(matched(meeting, first, false));
        out.notice(matched(meeting, second, false));
        arm(meeting, out, true);
    }

    /**
     * A socket of {@code account} opened: a meeting they were in resumes with everything the page
     * shows of it. False when they have none.
     */
    boolean resume(long account, Set<Long> present, Outcome out) {
        LiveMeeting meeting = meetingOf.get(account);
        if (meeting == null) {
            return false;
        }
        meeting.back(account);
        out.standing(Standing.MEETING);
        out.notice(matched(meeting, account, true));
        long partner = meeting.partnerOf(account);
        resumeConnection(meeting, account, out);
        if (meeting.offerOpen()) {
            out.notice(new Notice.ExtensionOffered(sessionId, account, meeting.id(), meeting.endsAt()));
            Long by = meeting.acceptedBy();
            if (by != null) {
                out.notice(new Notice.ExtensionAccepted(sessionId, account, meeting.id(), by == account));
            }
        }
        if (present.contains(partner)) {
            out.notice(new Notice.PartnerBack(sessionId, partner, meeting.id()));
        }
        return true;
    }

    /** The socket of {@code account} closed: their meeting waits for them for the grace period. */
    void lost(long account, long now, Outcome out) {
        LiveMeeting meeting = meetingOf.get(account);
        if (meeting != null && meeting.lost(account, now)) {
            out.notice(new Notice.PartnerLost(
                    sessionId,
                    meeting.partnerOf(account),
                    meeting.id(),
                    meeting.terms().graceMillis() / 1000));
            out.deadline(
                    new Deadline(sessionId, meeting.id(), Deadline.Kind.GRACE, account, meeting.graceEndsAt(account)));
        }
    }

    void extend(long account, long now, Outcome out) {
        if (moot(account, now)) {
            return;
        }
        LiveMeeting meeting = running(account);
        long partner = meeting.partnerOf(account);
        if (meeting.extend(account, now)) {
            out.record(meeting.record());
            for (long who : List.of(account, partner)) {
                out.notice(new Notice.Extended(sessionId, who, meeting.id(), meeting.endsAt(), meeting.extensions()));
            }
            arm(meeting, out, false);
        } else {
            out.notice(new Notice.ExtensionAccepted(sessionId, account, meeting.id(), true));
            out.notice(new Notice.ExtensionAccepted(sessionId, partner, meeting.id(), false));
        }
    }

    void decline(long account, long now, Outcome out) {
        if (moot(account, now)) {
            return;
        }
        LiveMeeting meeting = running(account);
        meeting.decline(account);
        for (long who : List.of(account, meeting.partnerOf(account))) {
            out.notice(new Notice.ExtensionWithdrawn(sessionId, who, meeting.id(), true));
        }
    }

    boolean leave(long account, long now, Outcome out) {
        if (moot(account, now)) {
            return false;
        }
        LiveMeeting meeting = running(account);
        meeting.leave(account, now);
        finish(meeting, now, out);
        return true;
    }

    void mediaFlowing(long account, MediaRoute route, long now, Outcome out) {
        LiveMeeting meeting = meetingOf.get(account);
        if (meeting != null && meeting.mediaFlowing(account)) {
            out.record(new MeetingRecord.MediaFlowed(meeting.id(), account, now, route));
        }
    }

    boolean blocked(long account, long other, long now, Outcome out) {
        LiveMeeting meeting = meetingOf.get(account);
        if (meeting != null && meeting.partnerOf(account) == other) {
            meeting.block(account, now);
            finish(meeting, now, out);
            return true;
        }
        return false;
    }

    /** A meeting's deadline (offer, end, media check, grace) came; moot ones change nothing. */
    boolean deadline(Deadline deadline, long now, Outcome out) {
        LiveMeeting meeting = meetings.get(deadline.meetingId());
        if (meeting == null) {
            return false;
        }
        switch (deadline.kind()) {
            case OFFER -> {
                if (meeting.openOffer(now)) {
                    for (long who : List.of(meeting.first(), meeting.second())) {
                        out.notice(new Notice.ExtensionOffered(sessionId, who, meeting.id(), meeting.endsAt()));
                    }
                }
            }
            case END -> {
                boolean offerOpen = meeting.offerOpen();
                if (meeting.expire(now)) {
                    if (offerOpen) {
                        for (long who : List.of(meeting.first(), meeting.second())) {
                            out.notice(new Notice.ExtensionWithdrawn(sessionId, who, meeting.id(), false));
                        }
                    }
                    finish(meeting, now, out);
                    return true;
                }
            }
            case MEDIA -> {
                if (meeting.mediaCheck(now)) {
                    finish(meeting, now, out);
                    return true;
                }
            }
            case GRACE -> {
                if (meeting.graceExpired(deadline.accountId(), now)) {
                    finish(meeting, now, out);
                    return true;
                }
            }
            default -> throw new IllegalArgumentException(String.valueOf(deadline.kind()));
        }
        return false;
    }

    /** A meeting found open in the database after a restart: both partners get the grace period to return. */
    void recover(LiveMeeting meeting, long now, Outcome out) {
        register(meeting);
        meeting.assumeMediaFlowing();
        for (long who : List.of(meeting.first(), meeting.second())) {
            meeting.lost(who, now);
            out.deadline(new Deadline(sessionId, meeting.id(), Deadline.Kind.GRACE, who, meeting.graceEndsAt(who)));
        }
        arm(meeting, out, false);
    }

    void connectionChanged(long meetingId, long requester, boolean connected) {
        LiveMeeting meeting = meetings.get(meetingId);
        if (meeting != null) {
            meeting.connection(requester, connected);
        }
    }

    /** The running meeting of {@code account}, or a refusal. */
    LiveMeeting running(long account) {
        LiveMeeting meeting = meetingOf.get(account);
        if (meeting == null) {
            throw new Refused(Refusal.NOT_IN_MEETING);
        }
        return meeting;
    }

    boolean inMeeting(long account) {
        return meetingOf.containsKey(account);
    }

    OptionalLong meetingIdOf(long account) {
        LiveMeeting meeting = meetingOf.get(account);
        return meeting == null ? OptionalLong.empty() : OptionalLong.of(meeting.id());
    }

    int running() {
        return meetings.size();
    }

    /** When the next running meeting ends; {@code Long.MAX_VALUE} when none runs. */
    long nextEndAt() {
        long next = Long.MAX_VALUE;
        for (LiveMeeting meeting : meetings.values()) {
            next = Math.min(next, meeting.endsAt());
        }
        return next;
    }

    /** {@code account} is ready again: what they send now is no longer about a meeting that just ended. */
    void forgetEnded(long account) {
        endedAt.remove(account);
    }

    /** Lock-free, for the relay path. */
    OptionalLong partnerOf(long account) {
        Long partner = partners.get(account);
        return partner == null ? OptionalLong.empty() : OptionalLong.of(partner);
    }

    /** See {@link SessionFloor#justEnded}; lock-free. */
    boolean justEnded(long account, long now) {
        Long at = endedAt.get(account);
        return at != null && now - at < SessionFloor.CROSSING_MILLIS && !partners.containsKey(account);
    }

    SessionFloor.Snapshot snapshot(long now, int ready, long longestWaitMillis) {
        return new SessionFloor.Snapshot(
                now,
                ready,
                meetings.size(),
                longestWaitMillis,
                meetingsStarted,
                mediaFailures,
                partnersLost,
                sidesMatched,
                waitedMillis);
    }

    /** A message for a meeting that ended moments ago: it crossed the end on the wire (see {@link #justEnded}). */
    private boolean moot(long account, long now) {
        return !meetingOf.containsKey(account) && justEnded(account, now);
    }

    private void register(LiveMeeting meeting) {
        meetings.put(meeting.id(), meeting);
        meetingOf.put(meeting.first(), meeting);
        meetingOf.put(meeting.second(), meeting);
        partners.put(meeting.first(), meeting.second());
        partners.put(meeting.second(), meeting.first());
    }

    private void arm(LiveMeeting meeting, Outcome out, boolean withMediaCheck) {
        if (meeting.extensions() < meeting.terms().maxExtensions()) {
            out.deadline(new Deadline(sessionId, meeting.id(), Deadline.Kind.OFFER, 0, meeting.offerAt()));
        }
        out.deadline(new Deadline(sessionId, meeting.id(), Deadline.Kind.END, 0, meeting.endsAt()));
        if (withMediaCheck) {
            out.deadline(new Deadline(sessionId, meeting.id(), Deadline.Kind.MEDIA, 0, meeting.mediaCheckAt()));
        }
    }

    /** The meeting has ended: record it, free both partners and tell them (the floor then matches again). */
    private void finish(LiveMeeting meeting, long now, Outcome out) {
        out.record(meeting.record());
        meetings.remove(meeting.id());
        for (long who : List.of(meeting.first(), meeting.second())) {
            meetingOf.remove(who, meeting);
            partners.remove(who);
            endedAt.put(who, now);
        }
        if (!meeting.isFailed()) {
            history.record(meeting.first(), meeting.second(), meeting.endedAt());
        } else {
            mediaFailures++;
        }
        if (meeting.endReason() == EndReason.PARTNER_LOST) {
            partnersLost++;
        }
        for (long who : List.of(meeting.first(), meeting.second())) {
            Ending ending = ending(meeting, who);
            if (ending != null) {
                out.notice(new Notice.MeetingEnded(sessionId, who, meeting.id(), ending));
            }
        }
    }

    /** The ending as {@code who} sees it; null when they are the one who was lost (nobody to tell). */
    private static Ending ending(LiveMeeting meeting, long who) {
        EndReason reason = meeting.endReason();
        boolean byThem = meeting.endedBy() != null && meeting.endedBy() == who;
        return switch (reason) {
            case TIME -> Ending.TIME;
            case LEFT -> byThem ? Ending.LEFT : Ending.PARTNER_LEFT;
            case PARTNER_LOST -> byThem ? null : Ending.PARTNER_LOST;
            case MEDIA_FAILED -> Ending.MEDIA_FAILED;
            case BLOCKED -> Ending.BLOCKED;
        };
    }

    private void resumeConnection(LiveMeeting meeting, long account, Outcome out) {
        long partner = meeting.partnerOf(account);
        if (meeting.connected()) {
            out.notice(
                    new Notice.ConnectionChanged(sessionId, account, meeting.id(), partner, ConnectionState.CONNECTED));
        } else if (meeting.connectionRequester() != null) {
            ConnectionState side =
                    meeting.connectionRequester() == account ? ConnectionState.REQUESTED : ConnectionState.INCOMING;
            out.notice(new Notice.ConnectionChanged(sessionId, account, meeting.id(), partner, side));
        }
    }

    private Notice.Matched matched(LiveMeeting meeting, long account, boolean resumed) {
        long partner = meeting.partnerOf(account);
        Person person = people.getOrDefault(partner, new Person(partner, "Attendee", null, null));
        return new Notice.Matched(
                sessionId,
                account,
                meeting.id(),
                person,
                meeting.first() == account,
                meeting.startedAt(),
                meeting.endsAt(),
                meeting.leaveAllowedAt(),
                meeting.extensions(),
                resumed);
    }
}
