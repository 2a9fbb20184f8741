package org.hallway.chat.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import org.hallway.platform.Identified;
import org.hallway.platform.Utc;

/** A person who may not post in one channel until a time; muting again replaces the time. */
@Entity
@Table(name = "chat_mute")
@NamedQuery(
        name = Mute.OF,
        query = "select m from Mute m where m.channelKind = :kind and m.channelId = :channel"
                + " and m.accountId = :account")
public class Mute extends Identified {

    public static final String OF = "Mute.of";

    @Column(name = "event_id", nullable = false)
    private long eventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel_kind", nullable = false)
    private ChannelKind channelKind;

    @Column(name = "channel_id", nullable = false)
    private long channelId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "muted_by", nullable = false)
    private long mutedBy;

    @Column(name = "muted_until", nullable = false)
    private LocalDateTime mutedUntil;

    protected Mute() {}

    public Mute(long eventId, ChannelKind channelKind, long channelId, long accountId, long mutedBy, Instant until) {
        this.eventId = eventId;
        this.channelKind = channelKind;
        this.channelId = channelId;
        this.accountId = accountId;
        this.mutedBy = mutedBy;
        this.mutedUntil = Utc.utc(until);
    }

    public void extendTo(long by, Instant until) {
        this.mutedBy = by;
        this.mutedUntil = Utc.utc(until);
    }

    public Instant getMutedUntil() {
        return Utc.instant(mutedUntil);
    }
}
