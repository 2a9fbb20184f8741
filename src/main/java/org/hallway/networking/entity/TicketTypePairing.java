package org.hallway.networking.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** Two ticket types whose holders may meet; symmetric, so stored with the lower id first. */
@Embeddable
public class TicketTypePairing {

    @Column(name = "low_ticket_type_id", nullable = false)
    private long low;

    @Column(name = "high_ticket_type_id", nullable = false)
    private long high;

    protected TicketTypePairing() {}

    public TicketTypePairing(long a, long b) {
        this.low = Math.min(a, b);
        this.high = Math.max(a, b);
    }

    public long getLow() {
        return low;
    }

    public long getHigh() {
        return high;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TicketTypePairing p && p.low == low && p.high == high;
    }

    @Override
    public int hashCode() {
        return Objects.hash(low, high);
    }
}
