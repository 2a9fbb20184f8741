package org.hallway.load;

import java.util.Map;

/**
 * The figures of one chat window: N members in the room, messages posted at {@code rate} a second;
 * fan-out is per message (send to the last member's receipt), delivery per member and message.
 * {@code serverHeapPeakMiB}: the most heap in use the server showed (sampled every few seconds)
 * since the previous window, so a step's covers the room filling up as well.
 */
record ChatStep(
        String kind,
        int attendees,
        int following,
        double rate,
        double measuredSeconds,
        long sent,
        long posted,
        long skippedForLimit,
        double fanoutP50, double fanoutP99, double fanoutMax,
        double deliveryP50, double deliveryP99,
        double deliveriesPerSecond,
        long incomplete,
        long errors,
        Map<String, Long> errorKinds,
        double serverCores,
        double driverCores,
        double loadAverage,
        double serverHeapPeakMiB) {

    /**
     * A window the room sustained: the rate asked went out (within 10 %), fan-out p99 within the
     * target, every message to everyone, no errors, nobody dropped from the room.
     */
    boolean sustained(double p99Millis) {
        return sent >= 0.9 * rate * measuredSeconds && fanoutP99 <= p99Millis && incomplete == 0 && errors == 0
                && following == attendees;
    }
}
