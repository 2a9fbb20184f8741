package org.hallway.media.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.hallway.media.entity.StoredImage;
import org.hallway.platform.Ids;

/** Serves stored images at {@code /images/{id}}; ids are never reused, so responses cache forever. */
@WebServlet("/images/*")
public class ImageServlet extends HttpServlet {

    @PersistenceContext
    EntityManager em;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Long id = path == null ? null : Ids.parse(path.substring(1));
        StoredImage image = id == null ? null : em.find(StoredImage.class, id);
        if (image == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] data = image.getData();
        response.setContentType(image.getContentType());
        response.setContentLength(data.length);
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(data);
    }
}
