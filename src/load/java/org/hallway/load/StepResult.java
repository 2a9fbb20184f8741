package org.hallway.load;

import java.util.List;
import java.util.Map;

/** The figures of one step (N attendees), Hallway and the bare relay side by side. */
record StepResult(
        int attendees,
        int connected,
        double loginSeconds,
        int loginsAdded,
        double loginP50Millis,
        double connectSeconds,
        double measuredSeconds,
        double meetingsPerSecond,
        double readyP50, double readyP95, double readyP99,
        double pairingP50, double pairingP95, double pairingP99,
        double relayP50, double relayP99, double relayPerSecond,
        double bareRelayP50, double bareRelayP99, double bareRelayPerSecond,
        long errors,
        Map<String, Long> errorKinds,
        Map<String, Long> setupErrors,
        double heapUsedMiB,
        double heapLiveMiB,
        double rssMiB,
        double serverCores,
        double bareServerCores,
        double driverCores,
        double loadAverage,
        Nodes nodes) {

    /**
     * Per node and by route: how many nodes on which database, each node's CPU (cores) and heap
     * peak (MiB), and the relays between sockets on one node and on two (p50/p99 ms, count).
     */
    record Nodes(int count, String database, List<Double> cores, List<Double> heapPeakMiB,
                 double sameP50, double sameP99, long sameCount, double crossP50, double crossP99, long crossCount) {
    }

    double relayRatio() {
        return relayP99 / bareRelayP99;
    }

    /** The 2,000-attendee targets: ready→matched p99 ≤ 250 ms, relay p99 ≤ 2× bare, no errors. */
    boolean meetsTargets() {
        return readyP99 <= 250 && relayRatio() <= 2 && errors == 0 && connected == attendees;
    }
}
