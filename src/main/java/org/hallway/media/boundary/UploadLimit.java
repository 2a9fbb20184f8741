package org.hallway.media.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.hallway.media.control.MediaConfiguration;

/**
 * Refuses an upload larger than {@code hallway.upload.max-bytes} before its body is read, with a
 * page that says so (413), never a 500: by its Content-Length when the browser sends one, and by
 * the multipart parser's size limit otherwise.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class UploadLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Room for the form's other fields beside the file. */
    static final long FORM_ALLOWANCE = 64 * 1024;

    @Inject
    transient MediaConfiguration configuration;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        if (multipart && request.getContentLengthLong() > configuration.maxBytes() + FORM_ALLOWANCE) {
            refuse(response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IllegalStateException e) {
            if (!multipart || response.isCommitted() || !tooLarge(e)) {
                throw e;
            }
            refuse(response);
        }
    }

    private static boolean tooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof IllegalStateException && (message.contains("size") || message.contains("exceed"))) {
                return true;
            }
        }
        return false;
    }

    private void refuse(HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setHeader("Connection", "close"); // the unread body is not worth reading
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        long kilobytes = configuration.maxBytes() / 1024;
        response.getWriter()
                .write(
                        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"/>"
                                + "<title>File too large · Hallway</title></head><body><main><h1>The file is too large</h1>"
                                + "<p>Images may have at most " + kilobytes
                                + " KB. Nothing was saved: go back and choose a"
                                + " smaller image.</p><p>Use your browser's Back button to return to the form.</p></main></body></html>");
    }
}
