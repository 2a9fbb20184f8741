package org.hallway.stage.control;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one browser's relay connection created on Janus: its Janus sessions and plugin handles
 * (a browser may address only these) and which handles joined as publisher. Answers to the
 * browser's {@code create} and {@code attach} are awaited by transaction. Used by one socket at a
 * time (the relay synchronises on it).
 */
public final class RelayState {

    public enum Pending {
        CREATE,
        ATTACH
    }

    final Set<Long> sessions = new HashSet<>();
    final Map<Long, Boolean> handles = new HashMap<>();
    final Map<String, Pending> pending = new HashMap<>();
    final Map<String, Long> attachingTo = new HashMap<>();

    public boolean owns(long session) {
        return sessions.contains(session);
    }

    public boolean ownsHandle(long handle) {
        return handles.containsKey(handle);
    }

    public boolean publisher(long handle) {
        return Boolean.TRUE.equals(handles.get(handle));
    }

    /** Learns from an answer of Janus: the id of a session or handle the browser asked for. */
    public void answered(String transaction, String janus, Long dataId) {
        Pending what = transaction == null ? null : pending.remove(transaction);
        Long session = transaction == null ? null : attachingTo.remove(transaction);
        if (what == null || !"success".equals(janus) || dataId == null) {
            return;
        }
        if (what == Pending.CREATE) {
            sessions.add(dataId);
        } else if (session != null && sessions.contains(session)) {
            handles.put(dataId, false);
        }
    }

    void awaitCreate(String transaction) {
        pending.put(transaction, Pending.CREATE);
    }

    void awaitAttach(String transaction, long session) {
        pending.put(transaction, Pending.ATTACH);
        attachingTo.put(transaction, session);
    }

    void joinedAsPublisher(long handle) {
        handles.put(handle, true);
    }

    void detached(long handle) {
        handles.remove(handle);
    }

    void destroyed(long session) {
        sessions.remove(session);
    }
}
