package org.hallway.networking.control;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.hallway.networking.control.RandomInstances.Instance;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Time of one {@link Matchmaker#match} call (single thread) on a round with three ticket types and
 * a restrictive matrix, a cooldown history (everyone recently met about four others), and blocks.
 * Run with {@link #main}; see docs/performance.md for the command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class MatchmakerBenchmark {

    @Param({"1000", "10000", "100000"})
    public int readyAttendees;

    private final Matchmaker matchmaker = new Matchmaker();
    private Instance round;
    private SplittableRandom random;

    @Setup(Level.Trial)
    public void generate() {
        // 25% sponsors, 45% attendees, 30% speakers.
        round = RandomInstances.generate(readyAttendees, 0.25, 0.45, new SplittableRandom(7));
        random = new SplittableRandom(11);
    }

    @Benchmark
    public List<Pair> match() {
        return matchmaker.match(round.ready(), round.policy(), round.history(), round.now(), random);
    }

    /** Runs this benchmark; JMH command-line options (e.g. {@code -p readyAttendees=100000}) are passed through. */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        new Runner(new OptionsBuilder()
                        .parent(new CommandLineOptions(args))
                        .include(MatchmakerBenchmark.class.getName())
                        .build())
                .run();
    }
}
