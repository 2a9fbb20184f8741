package org.hallway.networking.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hallway.networking.control.RulesBook;
import org.hallway.networking.entity.TicketTypePairing;
import org.hallway.platform.Ids;
import org.hallway.platform.Pages;
import org.hallway.platform.Violation;

/** admin/networking-rules.xhtml: an organiser edits the Networking Rules of one networking session. */
@Named
@ViewScoped
public class NetworkingRulesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "rules";

    @Inject
    NetworkingAdministration administration;

    @Inject
    FacesContext faces;

    private String session;
    private Long sessionId;
    private String sessionName;
    private long eventId;
    private boolean ended;
    private String summariesSentAt;
    private Integer meetingSeconds;
    private boolean allowRematch;
    private Integer rematchCooldownSeconds;
    private Integer leaveAfterSeconds;
    private Integer maxExtensions;
    private boolean restrictPairing;
    private List<String> pairings = new ArrayList<>();
    private List<SelectItem> pairingOptions = new ArrayList<>();

    /** Loads the session's rules; an unknown or non-networking session shows a message and no form. */
    public void load() {
        sessionId = null;
        Long id = Ids.parse(session);
        NetworkingAdministration.RulesForm form =
                id == null ? null : administration.rulesForm(id).orElse(null);
        if (form == null) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "No such networking session.", null));
            return;
        }
        sessionId = form.sessionId();
        sessionName = form.sessionName();
        eventId = form.eventId();
        ended = form.ended();
        summariesSentAt = form.summariesSentAt();
        meetingSeconds = form.meetingSeconds();
        allowRematch = form.allowRematch();
        rematchCooldownSeconds = form.rematchCooldownSeconds();
        leaveAfterSeconds = form.leaveAfterSeconds();
        maxExtensions = form.maxExtensions();
        restrictPairing = form.restrictPairing();
        pairings = new ArrayList<>(form.pairings());
        pairingOptions = new ArrayList<>();
        form.pairingOptions().forEach((value, label) -> pairingOptions.add(new SelectItem(value, label)));
    }

    /** Says "saved" only once the rules are committed; the live floor learns them after the commit. */
    public void save() {
        if (sessionId == null) {
            return;
        }
        Set<TicketTypePairing> chosen = new HashSet<>();
        for (String key : pairings) {
            String[] parts = key.split("-");
            Long a = parts.length == 2 ? Ids.parse(parts[0]) : null;
            Long b = parts.length == 2 ? Ids.parse(parts[1]) : null;
            if (a == null || b == null) {
                Pages.show(faces, FORM, List.of(Violation.of("pairings", "Unknown pairing.")));
                return;
            }
            chosen.add(new TicketTypePairing(a, b));
        }
        var proposal = new RulesBook.Proposal(
                meetingSeconds,
                allowRematch,
                rematchCooldownSeconds,
                leaveAfterSeconds,
                maxExtensions,
                restrictPairing,
                chosen);
        long id = sessionId;
        if (Pages.attempt(faces, FORM, () -> administration.saveRules(id, proposal))) {
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            "Networking rules saved; they apply to the next meetings.",
                            null));
        }
    }

    /** Once the session has ended: everyone who met someone gets a summary of the people they met, once. */
    public void sendSummaries() {
        if (sessionId == null) {
            return;
        }
        long id = sessionId;
        int[] mails = new int[1];
        if (Pages.attempt(faces, "summaries", () -> mails[0] = administration.sendSummaries(eventId, id))) {
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO,
                            mails[0] == 1
                                    ? "Connection summary queued for 1 person."
                                    : "Connection summaries queued for " + mails[0] + " people.",
                            null));
        }
        summariesSentAt = administration.summariesSentAt(id).orElse(null);
    }

    public boolean isEnded() {
        return ended;
    }

    public String getSummariesSentAt() {
        return summariesSentAt;
    }

    public boolean isFound() {
        return sessionId != null;
    }

    public String getSession() {
        return session;
    }

    public void setSession(String session) {
        this.session = session;
    }

    public String getSessionName() {
        return sessionName;
    }

    public Integer getMeetingSeconds() {
        return meetingSeconds;
    }

    public void setMeetingSeconds(Integer meetingSeconds) {
        this.meetingSeconds = meetingSeconds;
    }

    public boolean isAllowRematch() {
        return allowRematch;
    }

    public void setAllowRematch(boolean allowRematch) {
        this.allowRematch = allowRematch;
    }

    public Integer getRematchCooldownSeconds() {
        return rematchCooldownSeconds;
    }

    public void setRematchCooldownSeconds(Integer rematchCooldownSeconds) {
        this.rematchCooldownSeconds = rematchCooldownSeconds;
    }

    public Integer getLeaveAfterSeconds() {
        return leaveAfterSeconds;
    }

    public void setLeaveAfterSeconds(Integer leaveAfterSeconds) {
        this.leaveAfterSeconds = leaveAfterSeconds;
    }

    public Integer getMaxExtensions() {
        return maxExtensions;
    }

    public void setMaxExtensions(Integer maxExtensions) {
        this.maxExtensions = maxExtensions;
    }

    public boolean isRestrictPairing() {
        return restrictPairing;
    }

    public void setRestrictPairing(boolean restrictPairing) {
        this.restrictPairing = restrictPairing;
    }

    public List<String> getPairings() {
        return pairings;
    }

    public void setPairings(List<String> pairings) {
        this.pairings = pairings == null ? new ArrayList<>() : new ArrayList<>(pairings);
    }

    public List<SelectItem> getPairingOptions() {
        return pairingOptions;
    }
}
