package org.hallway.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * A page's form arrives as {@code application/x-www-form-urlencoded} (Faces, its Ajax included) or
 * {@code multipart/form-data} with a boundary (uploads). Anything else posted to a page is answered
 * 400 before Faces reads it, which would otherwise fail deep inside and answer 500.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class FormPosts extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && !isForm(request.getContentType())) {
            response.sendError(
                    HttpServletResponse.SC_BAD_REQUEST,
                    "A form is sent as application/x-www-form-urlencoded or multipart/form-data");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether a Content-Type header names one of the two form encodings (a multipart one with its boundary). */
    static boolean isForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        String type = parts[0].strip();
        if (type.equals("application/x-www-form-urlencoded")) {
            return true;
        }
        if (!type.equals("multipart/form-data")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.startsWith("boundary=") && parameter.length() > "boundary=".length()) {
                return true;
            }
        }
        return false;
    }
}
