package org.hallway.realtime.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChannelRegistryTest {

    static final long EVENT = 1;
    static final Channel SESSION = Channel.of(Channel.Kind.SESSION, 42);
    static final Channel LOBBY = Channel.of(Channel.Kind.LOBBY, EVENT);

    final ChannelRegistry<String> registry = new ChannelRegistry<>();

    static Caller socket(long account, String socketId) {
        return new Caller(account, EVENT, socketId, false);
    }

    Caller opened(long account, String socketId) {
        Caller caller = socket(account, socketId);
        registry.open(caller, socketId);
        return caller;
    }

    @Test
    void anAccountAtTheSocketCapIsRefusedAnotherUntilOneOfItsSocketsCloses() {
        assertTrue(registry.open(socket(10, "ada-1"), "ada-1", 2));
        assertTrue(registry.open(socket(10, "ada-2"), "ada-2", 2));
        assertFalse(registry.open(socket(10, "ada-3"), "ada-3", 2), "the third of two allowed");
        assertEquals(List.of(), registry.socket("ada-3").stream().toList(), "nothing kept of the refused one");
        assertEquals(2, registry.socketsOf(10).size());
        assertTrue(registry.open(socket(11, "grace-1"), "grace-1", 2), "another account has its own count");
        registry.close(socket(10, "ada-1"));
        assertTrue(registry.open(socket(10, "ada-3"), "ada-3", 2), "room again after a close");
    }

    @Test
    void aSocketFollowsOnlyWhatItJoined() {
        Caller ada = opened(10, "ada-1");
        Caller grace = opened(11, "grace-1");
        assertTrue(registry.join(ada, SESSION));
        assertTrue(registry.join(grace, LOBBY));
        assertEquals(List.of("ada-1"), registry.sockets(SESSION));
        assertEquals(List.of("grace-1"), registry.sockets(LOBBY));
        assertEquals(Set.of(10L), registry.present(SESSION));
        assertTrue(registry.follows(ada, SESSION));
        assertFalse(registry.follows(ada, LOBBY));
    }

    @Test
    void expellingAnAccountFromAChannelUnsubscribesEveryTabOfItAndNothingElse() {
        Caller tab1 = opened(10, "ada-1");
        Caller tab2 = opened(10, "ada-2");
        Caller grace = opened(11, "grace-1");
        registry.join(tab1, SESSION);
        registry.join(tab2, SESSION);
        registry.join(tab1, LOBBY);
        registry.join(grace, SESSION);
        assertEquals(
                Set.of("ada-1", "ada-2"),
                Set.copyOf(registry.expel(10, SESSION).stream()
                        .map(Caller::socketId)
                        .toList()));
        assertEquals(List.of("grace-1"), registry.sockets(SESSION));
        assertTrue(registry.follows(tab1, LOBBY), "other channels stay followed");
        assertEquals(List.of(), registry.expel(10, SESSION), "a second expel finds nobody");
        assertEquals(List.of(), registry.expel(99, SESSION), "an account without sockets");
    }

    @Test
    void presenceCountsAccountsNotTabsAndIsAskedWithoutCopyingTheRoom() {
        Caller tab1 = opened(10, "ada-1");
        Caller tab2 = opened(10, "ada-2");
        Caller grace = opened(11, "grace-1");
        registry.join(tab1, SESSION);
        registry.join(tab2, SESSION);
        registry.join(grace, SESSION);
        assertEquals(2, registry.presentCount(SESSION));
        assertTrue(registry.isPresent(SESSION, 10));
        registry.close(tab1);
        assertTrue(registry.isPresent(SESSION, 10), "the other tab is still there");
        registry.close(tab2);
        assertFalse(registry.isPresent(SESSION, 10));
        assertEquals(1, registry.presentCount(SESSION));
        assertEquals(0, registry.presentCount(LOBBY));
        assertFalse(registry.isPresent(LOBBY, 11));
    }

    @Test
    void joiningTwiceIsJoiningOnce() {
        Caller ada = opened(10, "ada-1");
        assertTrue(registry.join(ada, SESSION));
        assertFalse(registry.join(ada, SESSION));
        assertEquals(List.of("ada-1"), registry.sockets(SESSION));
    }

    @Test
    void twoTabsOfOneAccountBothReceiveAndClosingOneLeavesTheOther() {
        Caller tab1 = opened(10, "ada-1");
        Caller tab2 = opened(10, "ada-2");
        registry.join(tab1, SESSION);
        registry.join(tab2, SESSION);
        assertEquals(Set.of("ada-1", "ada-2"), Set.copyOf(registry.sockets(SESSION)));
        assertEquals(Set.of("ada-1", "ada-2"), Set.copyOf(registry.socketsOf(10)));

        assertEquals(List.of(SESSION), registry.close(tab1));
        assertEquals(List.of("ada-2"), registry.sockets(SESSION));
        assertEquals(List.of("ada-2"), registry.socketsOf(10));
        assertEquals(Set.of(10L), registry.present(SESSION), "still present through the other tab");
        assertTrue(registry.follows(tab2, SESSION));
    }

    @Test
    void oneTabLeavingAChannelLeavesTheOtherTabInIt() {
        Caller tab1 = opened(10, "ada-1");
        Caller tab2 = opened(10, "ada-2");
        registry.join(tab1, SESSION);
        registry.join(tab2, SESSION);
        assertTrue(registry.leave(tab1, SESSION));
        assertFalse(registry.leave(tab1, SESSION), "left already");
        assertEquals(List.of("ada-2"), registry.sockets(SESSION));
        assertEquals(Set.of(10L), registry.present(SESSION));
    }

    @Test
    void closingTheLastSocketLeavesEveryChannelAndForgetsTheAccount() {
        Caller ada = opened(10, "ada-1");
        registry.join(ada, SESSION);
        registry.join(ada, LOBBY);
        assertEquals(Set.of(SESSION, LOBBY), Set.copyOf(registry.close(ada)));
        assertEquals(List.of(), registry.sockets(SESSION));
        assertEquals(Set.of(), registry.present(LOBBY));
        assertEquals(List.of(), registry.socketsOf(10));
        assertEquals(List.of(), registry.close(ada), "closing twice changes nothing");
    }

    @Test
    void aClosedOrUnknownSocketJoinsNothing() {
        Caller ada = opened(10, "ada-1");
        registry.close(ada);
        assertFalse(registry.join(ada, SESSION));
        assertFalse(registry.join(socket(11, "never-opened"), SESSION));
        assertEquals(List.of(), registry.sockets(SESSION));
    }

    @Test
    void aSocketFollowsAtMostSoManyChannels() {
        Caller ada = opened(10, "ada-1");
        for (int i = 1; i <= ChannelRegistry.MAX_CHANNELS_PER_SOCKET; i++) {
            assertTrue(registry.join(ada, Channel.of(Channel.Kind.SESSION, i)));
        }
        var refused = assertThrows(Refused.class, () -> registry.join(ada, Channel.of(Channel.Kind.SESSION, 1000)));
        assertEquals(Refusal.TOO_MANY_CHANNELS, refused.refusal());
        assertTrue(
                registry.join(opened(10, "ada-2"), Channel.of(Channel.Kind.SESSION, 1000)), "the limit is per socket");
    }

    @Test
    void socketsOfAnAccountInOneEventLeaveItsOtherEventsAlone() {
        Caller here = opened(10, "ada-1");
        Caller elsewhere = new Caller(10, EVENT + 1, "ada-2", false);
        registry.open(elsewhere, "ada-2");
        assertEquals(List.of("ada-1"), registry.socketsOf(10, EVENT));
        assertEquals(List.of("ada-2"), registry.socketsOf(10, EVENT + 1));
        assertEquals(List.of(), registry.socketsOf(11, EVENT));
        assertTrue(registry.socket(here.socketId()).isPresent());
    }

    @Test
    void aSocketIdOpensOnce() {
        opened(10, "ada-1");
        assertThrows(IllegalStateException.class, () -> registry.open(socket(10, "ada-1"), "again"));
    }

    @Test
    void concurrentJoinsAndClosesLeaveExactlyTheOpenSockets() throws Exception {
        var pool = Executors.newFixedThreadPool(4);
        int sockets = 400;
        var done = new CountDownLatch(sockets);
        List<Caller> kept = new ArrayList<>();
        for (int i = 0; i < sockets; i++) {
            Caller caller = socket(i % 50, "s" + i);
            boolean keep = i % 3 == 0;
            if (keep) {
                kept.add(caller);
            }
            pool.execute(() -> {
                registry.open(caller, caller.socketId());
                registry.join(caller, SESSION);
                registry.join(caller, LOBBY);
                if (!keep) {
                    registry.close(caller);
                }
                done.countDown();
            });
        }
        assertTrue(done.await(10, TimeUnit.SECONDS));
        pool.shutdown();
        Set<String> expected = Set.copyOf(kept.stream().map(Caller::socketId).toList());
        assertEquals(expected, Set.copyOf(registry.sockets(SESSION)));
        assertEquals(expected, Set.copyOf(registry.sockets(LOBBY)));
        assertEquals(Set.copyOf(kept.stream().map(Caller::accountId).toList()), registry.present(SESSION));
    }
}
