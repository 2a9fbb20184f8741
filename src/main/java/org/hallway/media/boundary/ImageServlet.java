package org.hallway.media.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hallway.media.control.ImageAccess;
import org.hallway.media.control.ImageStore;
import org.hallway.platform.Ids;

/**
 * Serves stored images at {@code /images/{id}} to whom {@link ImageAccess} allows; anybody else,
 * and every image no longer in use, gets 404 (not 403: the answer does not confirm an id exists).
 */
@WebServlet("/images/*")
public class ImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ImageStore images;

    @Inject
    transient ImageAccess access;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Long id = path == null ? null : Ids.parse(path.substring(1));
        String caller = request.getUserPrincipal() == null
                ? null
                : request.getUserPrincipal().getName();
        ImageAccess.Grant grant =
                id == null ? ImageAccess.Grant.NONE : access.of(id, caller, request.isUserInRole("ADMIN"));
        ImageStore.Served image =
                grant == ImageAccess.Grant.NONE ? null : images.served(id).orElse(null);
        if (image == null) {
            response.setHeader("Cache-Control", "no-store");
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] data = image.data();
        response.setContentType(image.contentType());
        response.setContentLength(data.length);
        // ids are never reused, but access can end (a replaced headshot, a revoked ticket): short, private caching
        response.setHeader(
                "Cache-Control", grant == ImageAccess.Grant.PUBLIC ? "public, max-age=3600" : "private, max-age=300");
        response.setHeader("Vary", "Cookie");
        response.getOutputStream().write(data);
    }
}
