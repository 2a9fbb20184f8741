package org.hallway.media.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An image that passed validation; kept in the database so every node serves the same bytes. */
@Entity
@Table(name = "stored_image")
public class StoredImage {

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    /** Ids from 10^15 up to 10^18: unguessable in URLs, still 18 digits at most. */
    static final long MIN_ID = 1_000_000_000_000_000L;

    static final long MAX_ID = 1_000_000_000_000_000_000L;

    /** Random rather than from the sequence: an image's URL must not lead to the next one. */
    @jakarta.persistence.Id
    private Long id;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    private int width;
    private int height;
    // Plain bytes, no @Lob: the column is BLOB on H2 and bytea on PostgreSQL, read and written with
    // get/setBytes by both providers (Hibernate maps @Lob byte[] to a PostgreSQL large object, oid).
    // Images are only ever loaded one at a time (ImageServlet), so no lazy loading is needed.
    @Column(nullable = false)
    private byte[] data;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected StoredImage() {}

    public StoredImage(String contentType, int width, int height, byte[] data, LocalDateTime createdAt) {
        this.id = MIN_ID + (long) (RANDOM.nextDouble() * (MAX_ID - MIN_ID));
        this.contentType = contentType;
        this.width = width;
        this.height = height;
        this.data = data.clone();
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredImage image && id != null && id.equals(image.id);
    }

    @Override
    public int hashCode() {
        return id == null ? 0 : id.hashCode();
    }

    public String getContentType() {
        return contentType;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public byte[] getData() {
        return data.clone();
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
