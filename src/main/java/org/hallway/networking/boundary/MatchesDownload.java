package org.hallway.networking.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hallway.account.control.Accounts;
import org.hallway.networking.control.Matches;
import org.hallway.networking.control.MatchesExport;

/**
 * The caller's matches of a session as a download: {@code /api/networking/sessions/{id}/matches.csv}
 * ({@code text/csv}) or {@code .../matches.vcf} ({@code text/vcard}). Only the caller's own matches.
 */
@WebServlet("/api/networking/sessions/*")
public class MatchesDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([^/]+)/matches\\.(csv|vcf)");

    @Inject
    transient Matches matches;

    @Inject
    transient Accounts accounts;

    @Inject
    transient NetworkingViews sessions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        var me = accounts.current();
        if (!m.matches() || me.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Long id = org.hallway.platform.Ids.parse(m.group(1));
        NetworkingViews.Shown session = id == null ? null : sessions.shown(id, me.get()).orElse(null);
        if (session == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long sessionId = session.id();
        List<Matches.Match> list = matches.of(sessionId, me.get().getId());
        boolean csv = m.group(2).equals("csv");
        String body = csv ? MatchesExport.csv(list) : MatchesExport.vcard(list, session.eventName());
        response.setContentType(csv ? "text/csv" : "text/vcard");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"matches-" + sessionId
                + (csv ? ".csv\"" : ".vcf\""));
        response.setHeader("Cache-Control", "private, no-store");
        response.getWriter().write(body);
    }
}
