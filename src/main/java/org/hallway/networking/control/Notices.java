package org.hallway.networking.control;

import java.util.List;

/**
 * The notices of one change of the floor, fired together so they are delivered together and in
 * order (both partners hear of a match before either can answer it).
 */
public record Notices(List<Notice> list) {

    public Notices {
        list = List.copyOf(list);
    }
}
