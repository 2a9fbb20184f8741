package org.hallway.analytics.control;

/**
 * One networking session's figures, as counts; the rates are derived here (null when there is
 * nothing to divide by). "Held" meetings are those that did not fail for media; their lengths,
 * extensions and connection requests are what the organiser reads.
 *
 * @param meetings        meetings made (matches)
 * @param connected       both sides' media flowed
 * @param mediaFailed     ended because media did not flow on both sides in time
 * @param partnerLost     ended because a partner did not come back within the grace period
 * @param held            not failed for media (running ones included)
 * @param extended        held meetings extended at least once
 * @param requested       held meetings in which a connection was requested
 * @param accepted        … and accepted
 * @param routed          meetings whose browsers reported the selected candidate pair
 * @param relayed         … of them relayed through TURN on at least one side
 */
public record NetworkingFigures(
        long sessionId,
        String sessionName,
        long meetings,
        long connected,
        long mediaFailed,
        long partnerLost,
        long held,
        Long averageSeconds,
        Long medianSeconds,
        long extended,
        long requested,
        long accepted,
        Long waitP50Millis,
        Long waitP95Millis,
        long routed,
        long relayed,
        long ratings,
        Double averageRating) {

    public Double extensionRate() {
        return ratio(extended, held);
    }

    public Double requestRate() {
        return ratio(requested, held);
    }

    public Double acceptanceRate() {
        return ratio(accepted, requested);
    }

    public Double relayedShare() {
        return ratio(relayed, routed);
    }

    static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
