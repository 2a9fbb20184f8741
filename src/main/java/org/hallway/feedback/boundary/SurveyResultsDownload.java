package org.hallway.feedback.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hallway.platform.Ids;

/** A survey's responses as CSV for organisers: {@code /api/surveys/{id}/results.csv} (anonymous rows). */
@WebServlet("/api/surveys/*")
public class SurveyResultsDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([^/]+)/results\\.csv");

    @Inject
    transient Surveys surveys;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Long id = m.matches() ? Ids.parse(m.group(1)) : null;
        if (!request.isUserInRole("ADMIN")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        SurveyResults results = id == null ? null : surveys.results(id).orElse(null);
        if (results == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"survey-" + id + ".csv\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.getWriter().write(results.csv());
    }
}
