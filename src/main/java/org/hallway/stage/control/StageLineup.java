package org.hallway.stage.control;

import java.util.List;

/**
 * Who is on a stage beyond its speakers and moderators, and who raised a hand (in order), as
 * committed: pushed to the room as {@code stage-changed} (docs/protocol.md, "The live stage").
 */
public record StageLineup(long sessionId, List<Person> onStage, List<Person> hands) {

    public record Person(long accountId, String displayName) {}

    public StageLineup {
        onStage = List.copyOf(onStage);
        hands = List.copyOf(hands);
    }
}
