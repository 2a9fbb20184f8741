package org.hallway.room.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import org.hallway.account.boundary.Accounts;
import org.hallway.account.control.AccountRef;
import org.hallway.agenda.entity.ContentKind;
import org.hallway.platform.EventTimes;
import org.hallway.platform.Ids;
import org.hallway.platform.Pages;
import org.hallway.room.control.RoomQuestions;
import org.hallway.room.control.RoomRules;
import org.hallway.room.control.RoomView;

/**
 * A session's room ({@code event/session.xhtml?event=slug&session=id}), what Join opens: the
 * content or, without it, the description, speakers and a countdown; Q&A; who is here; and for
 * moderators the controls. Opening the page enters the room (a seat while it is live).
 */
@Named
@ViewScoped
public class RoomPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "room";
    static final String STALE_ROW = "That is no longer on the page: nothing was changed. Refresh and try again.";

    @Inject
    org.hallway.agenda.control.ContentConfiguration contentConfiguration;

    @Inject
    Accounts accounts;

    /** The viewer's account id, looked up once per view. */
    private long me;

    @Inject
    RoomDesk desk;

    @Inject
    Clock clock;

    private String slug;
    private String session;
    private Long sessionId;
    private RoomView view;
    private String question;
    private String note;

    /** View action: enters the room, or says why not. */
    public void load() {
        var faces = FacesContext.getCurrentInstance();
        sessionId = Ids.parse(session);
        AccountRef caller = accounts.current().orElse(null);
        if (sessionId == null || caller == null) {
            Pages.notFound(faces);
            return;
        }
        long id = sessionId;
        var refused = org.hallway.platform.Rejected.attempt(() -> {
            if (!desk.view(id, caller.id()).eventSlug().equals(slug)) {
                throw org.hallway.platform.Rejected.general(RoomRules.NO_SUCH_ROOM);
            }
            view = desk.enter(id, caller.id());
        });
        if (refused.stream().anyMatch(v -> RoomRules.NO_SUCH_ROOM.equals(v.message()))) {
            Pages.notFound(faces); // an unknown session, or one of another or a hidden event: as any unknown address
            return;
        }
        Pages.show(faces, FORM, refused);
        if (view != null) {
            note = view.note();
        }
    }

    public String leave() {
        act(() -> desk.leave(sessionId, me()), null);
        return "/event/agenda?faces-redirect=true&event=" + slug;
    }

    // Start and End redirect back to the room's own address (post/redirect/get): the page changes
    // as a whole. Q&A, pins, removals and the note are ajax requests that re-render their parts:
    // the stream keeps playing and the address stays the room's.

    public String start() {
        return again(act(() -> desk.start(sessionId, me()), "The session is live."));
    }

    public String end() {
        return again(act(() -> desk.end(sessionId, me()), "The session has ended."));
    }

    public void ask() {
        if (act("qa", () -> desk.ask(sessionId, me(), question), "Your question is posted.")) {
            question = null;
        }
    }

    public void upvote(long renderedId) {
        row("qa", renderedId).ifPresent(id -> act(() -> desk.upvote(id, me()), "Upvoted."));
    }

    public void moderate(long renderedId, String renderedAction) {
        var id = row("qa", renderedId);
        var action = posted("qa:row-action").orElse(renderedAction);
        var moderation = java.util.Arrays.stream(RoomQuestions.Moderation.values())
                .filter(m -> m.name().equals(action))
                .findFirst();
        if (id.isEmpty() || moderation.isEmpty()) {
            Pages.error(FacesContext.getCurrentInstance(), STALE_ROW);
            return;
        }
        act(() -> desk.moderate(id.get(), me(), moderation.get()), "Done.");
    }

    public void unpin() {
        act(() -> desk.unpin(sessionId, me()), "Unpinned.");
    }

    public void remove(long renderedId) {
        row("people", renderedId)
                .ifPresent(id -> act(() -> desk.remove(sessionId, me(), id), "Removed from this session."));
    }

    /**
     * The id a row button acts on. Lists re-sort (questions by votes) and re-read in the background
     * (room.js refreshes them when the room changes), so a row's position when the click is processed
     * may hold another item than the one clicked: room.js posts the clicked button's own id
     * ({@code <form>:row}, from its {@code data-row}). Without script the page is only re-read by its
     * own requests, each followed by a render, so the row as rendered is the row clicked.
     */
    private java.util.Optional<Long> row(String form, long rendered) {
        var posted = posted(form + ":row");
        if (posted.isEmpty()) {
            return java.util.Optional.of(rendered);
        }
        Long id = Ids.parse(posted.get());
        if (id == null) {
            Pages.error(FacesContext.getCurrentInstance(), STALE_ROW);
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(id);
    }

    private static java.util.Optional<String> posted(String name) {
        return java.util.Optional.ofNullable(FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getRequestParameterMap()
                        .get(name))
                .filter(v -> !v.isBlank());
    }

    private String again(boolean done) {
        return done ? "/event/session?faces-redirect=true&includeViewParams=true" : null;
    }

    /** Reads the room again (the page asks when the room's channel says something changed). */
    public void refresh() {
        act(() -> {}, null);
    }

    public long getMe() {
        return me();
    }

    public void saveNote() {
        act("backstage", () -> desk.writeNote(sessionId, me(), note), "Backstage note saved.");
    }

    private boolean act(Runnable useCase, String done) {
        return act(FORM, useCase, done);
    }

    private boolean act(String form, Runnable useCase, String done) {
        var faces = FacesContext.getCurrentInstance();
        if (view == null) {
            return false;
        }
        boolean ok = Pages.attempt(faces, form, useCase);
        if (ok && done != null) {
            Pages.info(faces, done);
        }
        Pages.attempt(faces, FORM, () -> view = desk.view(sessionId, me()));
        return ok;
    }

    private long me() {
        if (me == 0) {
            me = accounts.current().orElseThrow().id();
        }
        return me;
    }

    // ---------------------------------------------------------------- what the page shows

    public boolean isFound() {
        return view != null;
    }

    public RoomView getView() {
        return view;
    }

    public String getWhen() {
        return EventTimes.span(view.startsAt(), view.endsAt());
    }

    public String getSpeakers() {
        return String.join(", ", view.speakers());
    }

    /** The content's address for the page: files of this site under the context root. */
    public String getContentUrl() {
        return url(view.content().playUrl(), view.content().local());
    }

    public String getPreSessionVideoUrl() {
        return url(view.preSessionVideo().playUrl(), view.preSessionVideo().local());
    }

    private static String url(String url, boolean local) {
        return url == null
                ? null
                : local ? FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + url : url;
    }

    public boolean isPlayer() {
        return view.content().kind().video();
    }

    public boolean isEmbed() {
        return view.content().kind().embedded();
    }

    public boolean isMeeting() {
        return view.content().kind() == ContentKind.MEETING;
    }

    /** The live stage (org.hallway.stage): a Janus video room instead of a player. */
    public boolean isStage() {
        return view.content().stage();
    }

    /**
     * Whether this person sees the stage now: its speakers and moderators from the green room on,
     * everyone else once it is live; nobody once it is over.
     */
    public boolean isStageShown() {
        return isStage() && stageConfigured() && !isOver() && (view.live() || view.backstage());
    }

    /** A stage session on a site without Janus (hallway.stage.janus-url): the room says so. */
    public boolean isStageMissing() {
        return isStage() && !stageConfigured() && !isOver();
    }

    private boolean stageConfigured() {
        return contentConfiguration.sources().stage();
    }

    public boolean isWaiting() {
        return view.state() == org.hallway.agenda.entity.SessionState.SCHEDULED;
    }

    public boolean isOver() {
        return view.state() == org.hallway.agenda.entity.SessionState.ENDED;
    }

    public RoomView.Pinned getPinned() {
        return view.pinned();
    }

    public long getServerNow() {
        return clock.millis();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getSession() {
        return session;
    }

    public void setSession(String session) {
        this.session = session;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
