package org.hallway.media.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hallway.platform.Identified;

/** An image that passed validation; kept in the database so every node serves the same bytes. */
@Entity
@Table(name = "stored_image")
public class StoredImage extends Identified {

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

    protected StoredImage() {
    }

    public StoredImage(String contentType, int width, int height, byte[] data, LocalDateTime createdAt) {
        this.contentType = contentType;
        this.width = width;
        this.height = height;
        this.data = data.clone();
        this.createdAt = createdAt;
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
