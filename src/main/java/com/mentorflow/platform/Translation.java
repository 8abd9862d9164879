package com.mentorflow.platform;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;

/**
 * A module's own text in one language other than English, the base text: which thing in which language is the key
 * ({@code K}, the module's embeddable), and every translation has a title; the rest is the module's own. Only the
 * shape is shared: each module keeps its translation table and reads it through its own repository.
 */
@MappedSuperclass
public abstract class Translation<K extends Serializable> {

    @EmbeddedId
    private K key;
    private String title;

    protected Translation() {
    }

    protected Translation(K key) {
        this.key = key;
    }

    public K key() {
        return key;
    }

    public String title() {
        return title;
    }

    protected void retitle(String title) {
        this.title = title;
    }
}
