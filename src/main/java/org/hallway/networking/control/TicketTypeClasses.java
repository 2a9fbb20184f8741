package org.hallway.networking.control;

import java.util.Arrays;

/**
 * Groups the ticket types present in one matching round into classes of interchangeable types:
 * two types with the same row in the pairing matrix meet exactly the same people, so the matcher
 * can treat them as one bucket. With the default "all with all" matrix everyone is in one class,
 * which keeps fairness purely by waiting time.
 */
final class TicketTypeClasses {

    /** Number of classes. */
    final int count;
    /** {@code allowed[a][b]}: members of class a may meet members of class b (symmetric). */
    final boolean[][] allowed;

    private TicketTypeClasses(int count, boolean[][] allowed) {
        this.count = count;
        this.allowed = allowed;
    }

    /** Builds the classes for the candidates' ticket types and writes each candidate's class into {@code classOf}. */
    static TicketTypeClasses of(long[] ticketType, MatchingPolicy policy, int[] classOf) {
        TypeIndex types = new TypeIndex();
        long lastType = 0;
        int lastIndex = -1;
        for (int i = 0; i < ticketType.length; i++) {
            // Consecutive candidates often share a type; skip the hash lookup then.
            if (lastIndex < 0 || ticketType[i] != lastType) {
                lastType = ticketType[i];
                lastIndex = types.indexOf(lastType);
            }
            classOf[i] = lastIndex;
        }
        int typeCount = types.size;
        boolean[][] typeAllowed = new boolean[typeCount][typeCount];
        for (int a = 0; a < typeCount; a++) {
            for (int b = a; b < typeCount; b++) {
                boolean ok = policy.allowsTicketTypes(types.ids[a], types.ids[b]);
                typeAllowed[a][b] = ok;
                typeAllowed[b][a] = ok;
            }
        }
        int[] classOfType = new int[typeCount];
        int classCount = 0;
        int[] representative = new int[typeCount];
        for (int t = 0; t < typeCount; t++) {
            int found = -1;
            for (int c = 0; c < classCount && found < 0; c++) {
                if (Arrays.equals(typeAllowed[t], typeAllowed[representative[c]])) {
                    found = c;
                }
            }
            if (found < 0) {
                found = classCount;
                representative[classCount++] = t;
            }
            classOfType[t] = found;
        }
        boolean[][] allowed = new boolean[classCount][classCount];
        for (int a = 0; a < classCount; a++) {
            for (int b = 0; b < classCount; b++) {
                allowed[a][b] = typeAllowed[representative[a]][representative[b]];
            }
        }
        for (int i = 0; i < classOf.length; i++) {
            classOf[i] = classOfType[classOf[i]];
        }
        return new TicketTypeClasses(classCount, allowed);
    }

    /** Dense indexes for the few distinct ticket-type ids; open addressing, no boxing. */
    private static final class TypeIndex {
        private long[] keys = new long[16];
        private int[] values = new int[16];
        private boolean[] used = new boolean[16];
        long[] ids = new long[8];
        int size;

        int indexOf(long typeId) {
            int mask = keys.length - 1;
            int i = Long.hashCode(typeId * 0x9E3779B97F4A7C15L) & mask;
            while (used[i]) {
                if (keys[i] == typeId) {
                    return values[i];
                }
                i = (i + 1) & mask;
            }
            used[i] = true;
            keys[i] = typeId;
            values[i] = size;
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size] = typeId;
            if (++size * 2 > keys.length) {
                grow();
            }
            return size - 1;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            boolean[] oldUsed = used;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            used = new boolean[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldUsed[j]) {
                    int i = Long.hashCode(oldKeys[j] * 0x9E3779B97F4A7C15L) & mask;
                    while (used[i]) {
                        i = (i + 1) & mask;
                    }
                    used[i] = true;
                    keys[i] = oldKeys[j];
                    values[i] = oldValues[j];
                }
            }
        }
    }
}
