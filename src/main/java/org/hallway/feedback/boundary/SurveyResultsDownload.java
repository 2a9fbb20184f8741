package org.hallway.feedback.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hallway.platform.Download;
import org.hallway.platform.Ids;

/** A survey's responses as CSV for organisers: {@code /api/surveys/{id}/results.csv} (anonymous rows). */
@WebServlet("/api/surveys/*")
public class SurveyResultsDownload extends Download {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/([^/]+)/results\\.csv");

    @Inject
    transient Surveys surveys;

    @Override
    protected boolean allowed(HttpServletRequest request) {
        return request.isUserInRole("ADMIN");
    }

    @Override
    protected Optional<File> file(HttpServletRequest request) {
        return path(request, PATH)
                .map(m -> Ids.parse(m.group(1)))
                .flatMap(id -> surveys.results(id)
                        .map(results -> new File("survey-" + id + ".csv", "text/csv", results.csv())));
    }
}
