package com.mentorflow.tasks;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Implemented by a module that has something to show on the home page above the person's tasks (e.g. their
 * circles), so the inbox knows no feature.
 */
public interface DashboardSection {

    /** Smaller first. */
    int order();

    /** Nothing when the section has nothing to say to this person. */
    Optional<Component> create(String username);
}
