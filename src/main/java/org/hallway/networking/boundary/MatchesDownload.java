package org.hallway.networking.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hallway.account.boundary.Accounts;
import org.hallway.networking.control.Matches;
import org.hallway.networking.control.MatchesExport;
import org.hallway.platform.Download;
import org.hallway.platform.Ids;

/**
 * The caller's matches of a session as a download: {@code /api/networking/sessions/{id}/matches.csv}
 * ({@code text/csv}) or {@code .../matches.vcf} ({@code text/vcard}). Only the caller's own matches.
 */
@WebServlet("/api/networking/sessions/*")
public class MatchesDownload extends Download {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([^/]+)/matches\\.(csv|vcf)");

    @Inject
    transient Matches matches;

    @Inject
    transient Accounts accounts;

    @Inject
    transient NetworkingViews sessions;

    @Override
    protected Optional<File> file(HttpServletRequest request) {
        var me = accounts.current();
        var m = path(request, PATH);
        Long id = m.isEmpty() || me.isEmpty() ? null : Ids.parse(m.get().group(1));
        NetworkingViews.Shown session =
                id == null ? null : sessions.shown(id, me.get()).orElse(null);
        if (session == null) {
            return Optional.empty();
        }
        var list = matches.of(session.id(), me.get().id());
        return Optional.of(
                m.get().group(2).equals("csv")
                        ? new File("matches-" + session.id() + ".csv", "text/csv", MatchesExport.csv(list))
                        : new File(
                                "matches-" + session.id() + ".vcf",
                                "text/vcard",
                                MatchesExport.vcard(list, session.eventName())));
    }
}
