package org.hallway.networking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hallway.networking.entity.MeetAgain;
import org.hallway.realtime.control.Refusal;
import org.hallway.realtime.control.Refused;
import org.junit.jupiter.api.Test;

class RatingsTest {

    @Test
    void acceptsOneToFiveStarsWithOrWithoutAWishToMeetAgain() {
        assertEquals(new Ratings.Verdict(1, null), Ratings.verdict(1L, null));
        assertEquals(new Ratings.Verdict(5, MeetAgain.AGAIN), Ratings.verdict(5L, "again"));
        assertEquals(new Ratings.Verdict(null, MeetAgain.NEVER), Ratings.verdict(null, "never"));
    }

    @Test
    void refusesStarsOutsideOneToFive() {
        for (long stars : new long[] {0, 6, -1, Long.MAX_VALUE}) {
            assertEquals(
                    Refusal.INVALID_RATING,
                    assertThrows(Refused.class, () -> Ratings.verdict(stars, null))
                            .refusal());
        }
    }

    @Test
    void refusesAnUnknownMeetAgainAndARatingThatSaysNothing() {
        assertEquals(
                Refusal.INVALID_RATING,
                assertThrows(Refused.class, () -> Ratings.verdict(3L, "maybe")).refusal());
        assertEquals(
                Refusal.INVALID_RATING,
                assertThrows(Refused.class, () -> Ratings.verdict(null, null)).refusal());
    }
}
