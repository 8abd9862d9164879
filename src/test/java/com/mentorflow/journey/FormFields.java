package com.mentorflow.journey;

import com.mentorflow.tasks.InboxTask;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** For the plain form tests: a task from the inbox, a signed-in person, and a form's fields found by id. */
final class FormFields {

    private FormFields() {
    }

    static InboxTask task(String id, String formKey, long mentorshipId) {
        return new InboxTask(id, "A task", "Mentorship of A with B", Instant.now(), null, formKey, JourneyProcess.PROCESS_KEY,
                Long.toString(mentorshipId));
    }

    static void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(username, null,
                "ROLE_PARTICIPANT"));
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }

    static <T extends Component> T byId(Component root, String id, Class<T> type) {
        return all(root).filter(c -> c.getId().equals(Optional.of(id))).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no #" + id + " in the form"));
    }

    /** The form's visible refusal, or empty. */
    static Optional<String> refusal(Component root) {
        return all(root).filter(c -> c.getId().equals(Optional.of("task-form-error")) && c.isVisible())
                .map(c -> ((HasText) c).getText()).findFirst();
    }

    /** Every text the form shows outside its fields, joined: headings, paragraphs, list items. */
    static String text(Component root) {
        StringBuilder text = new StringBuilder();
        all(root).filter(c -> c instanceof HasText && c.isVisible()).forEach(c -> text.append(((HasText) c).getText()).append('\n'));
        return text.toString();
    }

    private static Stream<Component> all(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(FormFields::all));
    }
}
