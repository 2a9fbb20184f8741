package org.hallway.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * What one measuring window saw, recorded from many threads at once: latencies in microseconds
 * (HdrHistogram recorders), counters, and errors by kind.
 */
final class Metrics {

    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(10);

    /** Sending {@code ready} to receiving {@code matched}, for every attendee. */
    final Recorder readyToMatched = new Recorder(MAX_MICROS, 3);
    /** The later of the two partners' {@code ready} to {@code matched}: the server's own share. */
    final Recorder pairingService = new Recorder(MAX_MICROS, 3);
    /** A signal's send to its arrival at the partner. */
    final Recorder relay = new Recorder(MAX_MICROS, 3);
    /** The same relays split by where the two sockets are: on one node, or on two (crossing the data grid). */
    final Recorder relaySameNode = new Recorder(MAX_MICROS, 3);
    final Recorder relayCrossNode = new Recorder(MAX_MICROS, 3);
    final LongAdder meetings = new LongAdder();
    final LongAdder relayed = new LongAdder();
    final LongAdder sent = new LongAdder();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    final long startedNanos = System.nanoTime();

    void error(String kind) {
        errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    static void record(Recorder recorder, long nanos) {
        recorder.recordValue(Math.max(0, Math.min(MAX_MICROS, nanos / 1000)));
    }

    /** Where a relay went: between sockets on the same node, on two nodes, or unknown (a node not named). */
    enum Route { SAME_NODE, CROSS_NODE, UNKNOWN }

    static Route route(String senderNode, String receiverNode) {
        if (senderNode == null || receiverNode == null || senderNode.isEmpty() || receiverNode.isEmpty()) {
            return Route.UNKNOWN;
        }
        return senderNode.equals(receiverNode) ? Route.SAME_NODE : Route.CROSS_NODE;
    }

    /** A relay's latency, in the overall histogram and in its route's. */
    void recordRelay(long nanos, String senderNode, String receiverNode) {
        record(relay, nanos);
        relayed.increment();
        switch (route(senderNode, receiverNode)) {
            case SAME_NODE -> record(relaySameNode, nanos);
            case CROSS_NODE -> record(relayCrossNode, nanos);
            case UNKNOWN -> { }
        }
    }

    Map<String, Long> errors() {
        Map<String, Long> copy = new TreeMap<>();
        errors.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }

    /** A histogram's percentile in milliseconds, or NaN when it saw nothing. */
    static double millis(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1000.0;
    }
}
