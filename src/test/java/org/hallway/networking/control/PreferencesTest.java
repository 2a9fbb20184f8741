package org.hallway.networking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hallway.networking.entity.MatchingMode;
import org.junit.jupiter.api.Test;

class PreferencesTest {

    private static final long COMPILERS = 1L;
    private static final long DATABASES = 1L << 1;
    private static final long SECURITY = 1L << 2;

    @Test
    void randomModeWeighsEveryPairTheSame() {
        Preferences p = Preferences.builder(MatchingMode.RANDOM)
                .interests(1, COMPILERS)
                .interests(2, COMPILERS)
                .pick(1, 2)
                .pick(2, 1)
                .metBefore(1, 3)
                .build();
        assertEquals(0, p.weight(1, 2));
        assertEquals(0, p.weight(1, 3));
        assertEquals(0, p.weight(2, 3));
    }

    @Test
    void aOneSidedPickWeighsNothingAndIsNotMutual() {
        Preferences p = Preferences.builder(MatchingMode.PICKS_FIRST).pick(1, 2).build();
        assertFalse(p.mutualPick(1, 2));
        assertEquals(0, p.weight(1, 2));
        assertEquals(0, p.mutualPicksOf(1).length);
    }

    @Test
    void picksFirstPutsAMutualPickAboveAnyNumberOfSharedInterests() {
        Preferences p = Preferences.builder(MatchingMode.PICKS_FIRST)
                .interests(1, COMPILERS | DATABASES | SECURITY)
                .interests(2, COMPILERS | DATABASES | SECURITY)
                .pick(1, 3)
                .pick(3, 1)
                .build();
        assertTrue(p.mutualPick(3, 1));
        assertTrue(p.weight(1, 3) > p.weight(1, 2));
        assertEquals(3, p.weight(1, 2));
    }

    @Test
    void interestsFirstPutsASharedInterestAboveAMutualPick() {
        Preferences p = Preferences.builder(MatchingMode.INTERESTS_FIRST)
                .interests(1, COMPILERS)
                .interests(2, COMPILERS)
                .pick(1, 3)
                .pick(3, 1)
                .build();
        assertTrue(p.weight(1, 2) > p.weight(1, 3));
        assertTrue(p.weight(1, 3) > p.weight(2, 3));
    }

    @Test
    void formerPartnersComeAfterStrangersUnlessBothPickedEachOther() {
        for (MatchingMode mode : new MatchingMode[] {MatchingMode.PICKS_FIRST, MatchingMode.INTERESTS_FIRST}) {
            long all = (1L << 20) - 1;
            Preferences p = Preferences.builder(mode)
                    .interests(1, all)
                    .interests(2, all)
                    .interests(3, all)
                    .metBefore(1, 2)
                    .metBefore(1, 3)
                    .pick(1, 3)
                    .pick(3, 1)
                    .build();
            assertTrue(p.weight(1, 2) < p.weight(1, 4), mode + ": former partners with every interest in common");
            assertTrue(p.weight(1, 2) < 0);
            assertTrue(p.weight(1, 3) > p.weight(1, 4), mode + ": a mutual pick wants to meet again");
        }
    }

    @Test
    void refusesMoreThanSixtyThreeInterests() {
        Preferences.Builder builder = Preferences.builder(MatchingMode.INTERESTS_FIRST);
        assertThrows(IllegalArgumentException.class, () -> builder.interests(1, 1L << 63));
    }
}
