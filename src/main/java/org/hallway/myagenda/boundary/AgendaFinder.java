package org.hallway.myagenda.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hallway.agenda.boundary.SessionCard;
import org.hallway.event.boundary.EventRef;
import org.hallway.myagenda.control.AgendaSearch;

/**
 * The agenda's search and filters (a GET form: {@code q}, {@code track}, {@code type}, {@code mine})
 * and its "Now" and "Next", over the sessions the agenda page loaded; a list by time, as on a phone.
 * View-scoped: a button in a list (Add to my agenda) is decoded against the very list the page showed.
 */
@Named
@ViewScoped
public class AgendaFinder implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The types as attendees name them, in the order the filter offers them. */
    static final Map<String, String> TYPES = types();

    private static Map<String, String> types() {
        var types = new LinkedHashMap<String, String>();
        types.put("SESSION", "Talks");
        types.put("STAGE", "Stage");
        types.put("NETWORKING", "Networking");
        return java.util.Collections.unmodifiableMap(types);
    }

    @Inject
    MyAgendaDesk desk;

    private String q;
    private String track;
    private String type;
    private boolean mine;

    private List<SessionCard> results;
    private List<SessionCard> now;
    private List<SessionCard> next;

    public boolean isActive() {
        return criteria().any();
    }

    /** The sessions that match the search and filters, by time. */
    public List<SessionCard> results(List<SessionCard> all) {
        if (results == null) {
            Set<Long> kept = mine ? desk.keptByCaller() : Set.of();
            results = cards(AgendaSearch.matching(items(all), criteria(), kept), all);
        }
        return results;
    }

    /** "2 sessions match" or "No session matches". */
    public String summary(List<SessionCard> all) {
        int n = results(all).size();
        return n == 0 ? "No session matches." : n == 1 ? "1 session matches." : n + " sessions match.";
    }

    public List<SessionCard> now(List<SessionCard> all, EventRef event) {
        nowAndNext(all, event);
        return now;
    }

    public List<SessionCard> next(List<SessionCard> all, EventRef event) {
        nowAndNext(all, event);
        return next;
    }

    /** The tracks (or rooms) to filter by, in alphabetical order. */
    public List<String> tracks(List<SessionCard> all) {
        var tracks = new TreeSet<String>();
        all.forEach(c -> tracks.add(c.getTrack()));
        return List.copyOf(tracks);
    }

    /** The type filter's choices: key (the type's name) and value (as attendees call it). */
    public List<Map.Entry<String, String>> getTypeChoices() {
        return List.copyOf(TYPES.entrySet());
    }

    /** On the event's days there is a "Now" and a "Next" (either may be empty). */
    public boolean onTheDay(EventRef event) {
        LocalDateTime now = desk.nowIn(ZoneId.of(event.timeZone()));
        return !now.toLocalDate().isBefore(event.firstDay())
                && !now.toLocalDate().isAfter(event.lastDay());
    }

    /** Read once per view, so a button under "Now" or "Next" acts on the list shown. */
    private void nowAndNext(List<SessionCard> all, EventRef event) {
        if (now == null) {
            LocalDateTime at = desk.nowIn(ZoneId.of(event.timeZone()));
            AgendaSearch.NowAndNext found = AgendaSearch.at(items(all), at, event.firstDay(), event.lastDay());
            now = cards(found.now(), all);
            next = cards(found.next(), all);
        }
    }

    private AgendaSearch.Criteria criteria() {
        return new AgendaSearch.Criteria(q, track, TYPES.containsKey(type) ? type : null, mine);
    }

    private static List<AgendaSearch.Item> items(List<SessionCard> all) {
        return all.stream()
                .map(c -> new AgendaSearch.Item(
                        c.getId(),
                        c.getName(),
                        c.getSpeakers(),
                        c.getDescription(),
                        c.getTrack(),
                        c.getType().name(),
                        c.getState().name(),
                        c.getStartsAt(),
                        c.getEndsAt()))
                .toList();
    }

    private static List<SessionCard> cards(List<AgendaSearch.Item> found, List<SessionCard> all) {
        Map<Long, SessionCard> byId = new LinkedHashMap<>();
        all.forEach(c -> byId.put(c.getId(), c));
        return found.stream().map(i -> byId.get(i.id())).toList();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null ? null : q.strip().substring(0, Math.min(q.strip().length(), 140));
    }

    public String getTrack() {
        return track;
    }

    public void setTrack(String track) {
        this.track = track;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }
}
