package com.mentorflow.matching;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** What the cohort pages say in passing: a refusal stays longer than a confirmation. */
final class CohortNotices {

    private CohortNotices() {
    }

    static void refused(String sentence) {
        Notification.show(sentence, 7000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void done(String sentence) {
        Notification.show(sentence, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
