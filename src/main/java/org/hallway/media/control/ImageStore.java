package org.hallway.media.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.hallway.media.entity.StoredImage;
import org.hallway.platform.Rejected;

/** Turns an uploaded part into a stored image, or refuses it with a message next to the upload field. */
@ApplicationScoped
public class ImageStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MediaConfiguration configuration;

    /** A stored image as it is sent: its media type and bytes. */
    public record Served(String contentType, byte[] data) {}

    /** The stored image with that id, read as a value; empty when there is none. */
    public Optional<Served> served(long id) {
        return Optional.ofNullable(em.find(StoredImage.class, id))
                .map(image -> new Served(image.getContentType(), image.getData()));
    }

    /** Must run inside the caller's transaction; refuses with a {@link Rejected} naming {@code field}. */
    public StoredImage store(Part upload, String field) {
        if (upload == null || upload.getSize() == 0) {
            throw new Rejected(field, "Choose an image file to upload.");
        }
        // a declared size over the limit is refused before the body is read
        new ImageValidator(configuration.maxBytes()).refuseAbove(upload.getSize(), field);
        byte[] bytes;
        try (InputStream in = upload.getInputStream()) {
            // one byte over the limit is enough for the validator to refuse a larger upload
            bytes = in.readNBytes((int) configuration.maxBytes() + 1);
        } catch (IOException e) {
            throw new Rejected(field, "The upload could not be read; please try again.");
        }
        return store(bytes, field);
    }

    public StoredImage store(byte[] bytes, String field) {
        var checked = new ImageValidator(configuration.maxBytes()).check(bytes, field);
        var image = new StoredImage(
                checked.contentType(), checked.width(), checked.height(), checked.data(), LocalDateTime.now(clock));
        em.persist(image);
        // Inserted now: the entity that refers to it (by id, no JPA relationship) may be updated
        // first at commit otherwise, and the foreign key would refuse that update.
        em.flush();
        return image;
    }
}
