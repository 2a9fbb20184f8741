package org.hallway.platform;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/**
 * Gives every entity an id from the one {@code hallway_seq} sequence created by the migrations.
 * Named explicitly because EclipseLink and Hibernate default to different sequence names.
 */
@MappedSuperclass
public abstract class Identified {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hallway_seq")
    @SequenceGenerator(name = "hallway_seq", sequenceName = "hallway_seq", allocationSize = 50)
    private Long id;

    public Long getId() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && id != null && id.equals(((Identified) other).id);
    }

    @Override
    public int hashCode() {
        return id == null ? System.identityHashCode(this) : id.hashCode();
    }
}
