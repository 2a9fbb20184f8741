package org.hallway.networking.control;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.hallway.networking.control.RandomInstances.Instance;
import org.hallway.networking.entity.MatchingMode;
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
 * Time of one {@link Matchmaker#match} call with preferences, on the round: the restrictive
 * ticket-type matrix, cooldown history and blocks of {@link MatchmakerBenchmark}, plus 40 interests
 * (3 per person), 5 "I'd like to meet" picks per person (a third returned) and 20 partners met at
 * earlier events per person. {@code mode=RANDOM} is today's round on the same input. Run with
 * {@link #main}; see docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class PreferredMatchmakerBenchmark {

    @Param({"100000"})
    public int readyAttendees;

    @Param({"RANDOM", "PICKS_FIRST", "INTERESTS_FIRST"})
    public MatchingMode mode;

    private final Matchmaker matchmaker = new Matchmaker();
    private Instance round;
    private Preferences preferences;
    private SplittableRandom random;

    @Setup(Level.Trial)
    public void generate() {
        SplittableRandom setup = new SplittableRandom(7);
        round = RandomInstances.generate(readyAttendees, 0.25, 0.45, setup);
        preferences = RandomInstances.preferences(round, mode, 40, 3, 5, 20, setup);
        random = new SplittableRandom(11);
    }

    @Benchmark
    public List<Pair> match() {
        return matchmaker.match(round.ready(), round.policy(), round.history(), round.now(), preferences, random);
    }

    /** Runs this benchmark; JMH command-line options (e.g. {@code -p mode=PICKS_FIRST}) are passed through. */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        new Runner(new OptionsBuilder()
                        .parent(new CommandLineOptions(args))
                        .include(PreferredMatchmakerBenchmark.class.getName())
                        .build())
                .run();
    }
}
