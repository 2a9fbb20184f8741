package org.hallway.networking.control;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Random but realistic matching rounds for the optimality test and the benchmark: three ticket
 * types with a restrictive matrix, a cooldown history in which everyone recently met a few of the
 * others, and some blocks.
 */
final class RandomInstances {

    static final long SPONSOR = 1;
    static final long ATTENDEE = 2;
    static final long SPEAKER = 3;

    static final long NOW = 1_750_000_000_000L;
    static final Duration COOLDOWN = Duration.ofMinutes(5);

    /** One generated round. */
    record Instance(List<Candidate> ready, MatchingPolicy policy, MeetingHistory history, long now) {}

    private RandomInstances() {}

    /** SPONSOR meets only ATTENDEE; ATTENDEE meets anyone; SPEAKER meets ATTENDEE and SPEAKER. */
    static MatchingPolicy.Builder restrictiveMatrix() {
        return MatchingPolicy.builder()
                .allowTicketTypes(SPONSOR, ATTENDEE)
                .allowTicketTypes(ATTENDEE, ATTENDEE)
                .allowTicketTypes(ATTENDEE, SPEAKER)
                .allowTicketTypes(SPEAKER, SPEAKER)
                .cooldown(COOLDOWN);
    }

    /**
     * @param sponsorShare  share of SPONSOR tickets
     * @param attendeeShare share of ATTENDEE tickets (the rest are SPEAKERs)
     */
    static Instance generate(int n, double sponsorShare, double attendeeShare, RandomGenerator random) {
        long firstId = 1_000 + random.nextInt(1_000_000);
        List<Candidate> ready = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double r = random.nextDouble();
            long type = r < sponsorShare ? SPONSOR : r < sponsorShare + attendeeShare ? ATTENDEE : SPEAKER;
            long readySince = NOW - random.nextInt(120_000); // ready within the last two minutes
            ready.add(new Candidate(firstId + i, type, readySince));
        }
        // Everyone recently met 3..5 others (within the cooldown), plus one meeting long ago.
        MeetingHistory history = new MeetingHistory(n * 3);
        long cooldownMillis = COOLDOWN.toMillis();
        for (int i = 0; i < n; i++) {
            int recent = 3 + random.nextInt(3);
            for (int m = 0; m < recent / 2 + (random.nextBoolean() ? 1 : 0); m++) {
                int j = random.nextInt(n);
                if (j != i) {
                    history.record(firstId + i, firstId + j, NOW - random.nextLong(cooldownMillis));
                }
            }
            int old = random.nextInt(n);
            if (old != i) {
                history.record(firstId + i, firstId + old, NOW - cooldownMillis - 1 - random.nextLong(cooldownMillis));
            }
        }
        MatchingPolicy.Builder policy = restrictiveMatrix();
        for (int b = 0; b < n / 20; b++) {
            int i = random.nextInt(n);
            int j = random.nextInt(n);
            if (i != j) {
                policy.block(firstId + i, firstId + j);
            }
        }
        return new Instance(ready, policy.build(), history, NOW);
    }

    /**
     * Preferences for a generated round, as the figures describe them: {@code interestCount}
     * interests of which each person has {@code perPerson}, {@code picks} "I'd like to meet" picks per
     * person (a third of them returned, so mutual picks exist), and {@code memory} partners met at
     * earlier events of the organisation.
     */
    static Preferences preferences(
            Instance round,
            org.hallway.networking.entity.MatchingMode mode,
            int interestCount,
            int perPerson,
            int picks,
            int memory,
            RandomGenerator random) {
        Preferences.Builder builder = Preferences.builder(mode);
        List<Candidate> ready = round.ready();
        int n = ready.size();
        for (Candidate c : ready) {
            long bits = 0;
            while (Long.bitCount(bits) < Math.min(perPerson, interestCount)) {
                bits |= 1L << random.nextInt(interestCount);
            }
            builder.interests(c.attendeeId(), bits);
        }
        for (Candidate c : ready) {
            for (int p = 0; p < picks; p++) {
                long other = ready.get(random.nextInt(n)).attendeeId();
                builder.pick(c.attendeeId(), other);
                if (random.nextInt(3) == 0) {
                    builder.pick(other, c.attendeeId());
                }
            }
            for (int k = 0; k < memory; k++) {
                builder.metBefore(c.attendeeId(), ready.get(random.nextInt(n)).attendeeId());
            }
        }
        return builder.build();
    }
}
