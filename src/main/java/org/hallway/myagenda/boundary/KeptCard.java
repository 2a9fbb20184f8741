package org.hallway.myagenda.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * A kept session as "My agenda" shows it, a value read inside the transaction. Faces pages read it
 * with method calls ({@code #{s.name()}}).
 *
 * @param clashesWith the names of the other kept sessions it overlaps, empty when none
 */
public record KeptCard(
        long id,
        String name,
        String type,
        String state,
        String track,
        String day,
        String times,
        long startsAtMillis,
        String zone,
        String speakers,
        List<String> clashesWith)
        implements Serializable {

    public boolean clashes() {
        return !clashesWith.isEmpty();
    }

    /** "Compilers for everyone" or "A, B and C". */
    public String clashText() {
        if (clashesWith.size() < 2) {
            return String.join("", clashesWith);
        }
        return String.join(", ", clashesWith.subList(0, clashesWith.size() - 1))
                + " and "
                + clashesWith.get(clashesWith.size() - 1);
    }

    public boolean live() {
        return "LIVE".equals(state);
    }

    public boolean networking() {
        return "NETWORKING".equals(type);
    }
}
