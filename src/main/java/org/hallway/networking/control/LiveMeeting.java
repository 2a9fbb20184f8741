package org.hallway.networking.control;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hallway.networking.entity.EndReason;
import org.hallway.realtime.control.Refusal;
import org.hallway.realtime.control.Refused;

/**
 * One running meeting as a state machine: the extension offer, leaving, expiry, a partner's lost
 * socket and its grace period, and the media check. Pure and single-threaded (its session's lane
 * serialises calls); time comes in as epoch milliseconds. A refused call throws {@link Refused}
 * and changes nothing.
 */
public final class LiveMeeting {

    private final long id;
    private final long first;
    private final long second;
    private final long startedAt;
    private final Terms terms;
    private long endsAt;
    private int extensions;
    private boolean offerOpen;
    private final Set<Long> accepted = new HashSet<>(2);
    private final Set<Long> mediaFlowing = new HashSet<>(2);
    private final Map<Long, Long> lostSince = new HashMap<>(2);
    private EndReason endReason;
    private Long endedBy;
    private long endedAt;
    private Long connectionRequester;
    private boolean connected;

    /** @param first the partner who waited longer: the offerer */
    public LiveMeeting(long id, long first, long second, long startedAt, long endsAt, int extensions, Terms terms) {
        if (first == second) {
            throw new IllegalArgumentException("A meeting needs two people");
        }
        this.id = id;
        this.first = first;
        this.second = second;
        this.startedAt = startedAt;
        this.endsAt = endsAt;
        this.extensions = extensions;
        this.terms = terms;
    }

    /** When the extension offer opens (if extensions remain). */
    public long offerAt() {
        return endsAt - terms.windowMillis();
    }

    public long leaveAllowedAt() {
        return startedAt + terms.leaveAfterMillis();
    }

    public long mediaCheckAt() {
        return startedAt + terms.mediaMillis();
    }

    /** Opens the extension offer when it is due; false when nothing changed. */
    public boolean openOffer(long now) {
        if (isEnded() || offerOpen || extensions >= terms.maxExtensions() || now < offerAt() || now >= endsAt) {
            return false;
        }
        offerOpen = true;
        accepted.clear();
        return true;
    }

    /** One side accepts the offer; true when that made both accept and the end moved. */
    public boolean extend(long account, long now) {
        requireRunning(account);
        if (!offerOpen || now >= endsAt) {
            throw new Refused(Refusal.EXTENSION_NOT_OFFERED);
        }
        accepted.add(account);
        if (accepted.size() < 2) {
            return false;
        }
        endsAt += terms.extensionMillis();
        extensions++;
        offerOpen = false;
        accepted.clear();
        return true;
    }

    /** One side declines: the offer is withdrawn for both. */
    public void decline(long account) {
        requireRunning(account);
        if (!offerOpen) {
            throw new Refused(Refusal.EXTENSION_NOT_OFFERED);
        }
        offerOpen = false;
        accepted.clear();
    }

    public void leave(long account, long now) {
        requireRunning(account);
        if (now < leaveAllowedAt()) {
            throw new Refused(Refusal.LEAVE_TOO_EARLY);
        }
        end(EndReason.LEFT, account, now);
    }

    /** Ends the meeting for a block or report by {@code account}. */
    public void block(long account, long now) {
        requireRunning(account);
        end(EndReason.BLOCKED, account, now);
    }

    /** Ends the meeting when its (possibly moved) end has come; false otherwise. */
    public boolean expire(long now) {
        if (isEnded() || now < endsAt) {
            return false;
        }
        end(EndReason.TIME, null, now);
        return true;
    }

    /** {@code account}'s socket dropped: the meeting waits for them for the grace period. */
    public boolean lost(long account, long now) {
        if (isEnded() || !involves(account) || lostSince.containsKey(account)) {
            return false;
        }
        lostSince.put(account, now);
        return true;
    }

    /** {@code account} is back; true when they had been lost. */
    public boolean back(long account) {
        return !isEnded() && lostSince.remove(account) != null;
    }

    public long graceEndsAt(long account) {
        Long since = lostSince.get(account);
        return since == null ? Long.MAX_VALUE : since + terms.graceMillis();
    }

    /** Ends the meeting when {@code account} has stayed away for the whole grace period. */
    public boolean graceExpired(long account, long now) {
        if (isEnded() || !lostSince.containsKey(account) || now < graceEndsAt(account)) {
            return false;
        }
        end(EndReason.PARTNER_LOST, account, now);
        return true;
    }

    /** True the first time {@code account} says so in this meeting. */
    public boolean mediaFlowing(long account) {
        requireRunning(account);
        return mediaFlowing.add(account);
    }

    /** Fails the meeting when media has not flowed on both sides by the media check time. */
    public boolean mediaCheck(long now) {
        if (isEnded() || now < mediaCheckAt() || mediaFlowing.size() == 2) {
            return false;
        }
        end(EndReason.MEDIA_FAILED, null, now);
        return true;
    }

    /** Media is assumed to flow (a meeting recovered after a restart, whose calls were already up). */
    public void assumeMediaFlowing() {
        mediaFlowing.add(first);
        mediaFlowing.add(second);
    }

    private void requireRunning(long account) {
        if (isEnded() || !involves(account)) {
            throw new Refused(Refusal.NOT_IN_MEETING);
        }
    }

    private void end(EndReason reason, Long by, long now) {
        endReason = reason;
        endedBy = by;
        endedAt = now;
        offerOpen = false;
        accepted.clear();
    }

    public boolean involves(long account) {
        return account == first || account == second;
    }

    public long partnerOf(long account) {
        if (!involves(account)) {
            throw new IllegalArgumentException(account + " is not in meeting " + id);
        }
        return account == first ? second : first;
    }

    public boolean isEnded() {
        return endReason != null;
    }

    /** A meeting where media never flowed: it does not count as a match. */
    public boolean isFailed() {
        return endReason == EndReason.MEDIA_FAILED;
    }

    /** Who accepted the open offer so far (at most one: both accepting extends). */
    public Long acceptedBy() {
        return accepted.isEmpty() ? null : accepted.iterator().next();
    }

    /** A connection between the partners was requested by {@code requester}, or (connected) accepted. */
    public void connection(long requester, boolean connected) {
        if (!involves(requester) || this.connected) {
            return;
        }
        this.connected = connected;
        this.connectionRequester = connected ? null : requester;
    }

    /** Who asked for a connection that is still waiting for the partner; null when none or connected. */
    public Long connectionRequester() {
        return connectionRequester;
    }

    public boolean connected() {
        return connected;
    }

    /** What the database must hold of this meeting now. */
    public MeetingRecord.Changed record() {
        return new MeetingRecord.Changed(
                id, endsAt, extensions, isEnded() ? endedAt : 0, endReason, endedBy, isFailed());
    }

    public long id() {
        return id;
    }

    public long first() {
        return first;
    }

    public long second() {
        return second;
    }

    public long startedAt() {
        return startedAt;
    }

    public long endsAt() {
        return endsAt;
    }

    public int extensions() {
        return extensions;
    }

    public boolean offerOpen() {
        return offerOpen;
    }

    public Terms terms() {
        return terms;
    }

    public EndReason endReason() {
        return endReason;
    }

    /** Who left, blocked, or was lost; null for time and media endings. */
    public Long endedBy() {
        return endedBy;
    }

    public long endedAt() {
        return endedAt;
    }
}
