package org.hallway.people.control;

import java.io.Serializable;
import java.util.List;

/**
 * One page of an event's directory: the listings, how many match in all, and which page this is
 * (0-based) of how many.
 */
public record DirectoryPage(List<Listing> listings, long total, int page, int pageSize) implements Serializable {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    public int getPages() {
        return pages();
    }
}
