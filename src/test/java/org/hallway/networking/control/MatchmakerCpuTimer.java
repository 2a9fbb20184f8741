package org.hallway.networking.control;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.SplittableRandom;
import org.hallway.networking.control.RandomInstances.Instance;

/**
 * Companion to {@link MatchmakerBenchmark} for a shared, busy machine: the same rounds, timed as
 * CPU time of the calling thread, which time slices lost to other processes do not inflate.
 * JMH's wall-clock average stays the reference figure when the machine is quiet.
 */
public final class MatchmakerCpuTimer {

    private MatchmakerCpuTimer() {}

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Matchmaker matchmaker = new Matchmaker();
        for (int n : new int[] {1_000, 10_000, 100_000}) {
            Instance round = RandomInstances.generate(n, 0.25, 0.45, new SplittableRandom(7));
            SplittableRandom random = new SplittableRandom(11);
            int calls = Math.max(50, 5_000_000 / n);
            for (int warmup = 0; warmup < calls; warmup++) {
                matchmaker.match(round.ready(), round.policy(), round.history(), round.now(), random);
            }
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            long pairs = 0;
            for (int call = 0; call < calls; call++) {
                pairs += matchmaker
                        .match(round.ready(), round.policy(), round.history(), round.now(), random)
                        .size();
            }
            double cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / calls;
            double wallMillis = (System.nanoTime() - wallStart) / 1e6 / calls;
            System.out.printf(
                    "n=%6d  cpu %8.3f ms/op  wall %8.3f ms/op  (%d calls, %.0f pairs/call)%n",
                    n, cpuMillis, wallMillis, calls, pairs / (double) calls);
        }
    }
}
