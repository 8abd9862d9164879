package com.mentorflow.circles;

import static com.mentorflow.circles.FormProbe.*;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.Component;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The set-up the renewal, vote and feedback form tests share: their two services mocked, someone signed in, the form
 * opened on a circle from its inbox task, and a count of how often it said it was done. Signs out after each test.
 */
final class RenewalForms implements AfterEachCallback {

    final CircleRenewals renewals = mock(CircleRenewals.class);
    final CircleDirectory directory = mock(CircleDirectory.class);
    final AtomicInteger done = new AtomicInteger();

    /** The form as {@code username} sees it for a circle in its {@code term}th term. */
    Component open(String username, int term, CircleStatus status,
                   BiFunction<CircleRenewals, CircleDirectory, CircleTaskForm> form) {
        signIn(username);
        when(directory.summary(CIRCLE_ID)).thenReturn(circle(term, status));
        CircleTaskForm opened = form.apply(renewals, directory);
        return opened.create(task(opened.formKey()), done::incrementAndGet);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        signOut();
    }
}
