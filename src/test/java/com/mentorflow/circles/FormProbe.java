package com.mentorflow.circles;

import com.mentorflow.people.MeetingMode;
import com.mentorflow.tasks.InboxTask;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** For the plain form tests: a task from the inbox, a circle as the directory shows it, and fields found by id. */
final class FormProbe {

    static final String TASK_ID = "task-1";
    static final long CIRCLE_ID = 17;

    private FormProbe() {
    }

    static InboxTask task(String formKey) {
        return new InboxTask(TASK_ID, "A task", "Circle Readers", Instant.now(), null, formKey, CircleProcess.PROCESS_KEY,
                Long.toString(CIRCLE_ID));
    }

    static CircleDirectory.Summary circle(int term, CircleStatus status) {
        return new CircleDirectory.Summary(CIRCLE_ID, "Readers", Set.of(1), "We read.", null, "en", "Europe/Berlin",
                MeetingMode.VIDEO, 8, status, "Mona Manager", 4, 1, term, Instant.parse("2027-06-01T10:00:00Z"));
    }

    static void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(username, null, "ROLE_PARTICIPANT"));
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }

    @SuppressWarnings("unchecked")
    static <T extends Component> T find(Component root, String id, Class<T> type) {
        return (T) all(root).filter(c -> c.getId().equals(Optional.of(id))).findFirst()
                .orElseThrow(() -> new AssertionError("no component with id " + id));
    }

    static boolean has(Component root, String id) {
        return all(root).anyMatch(c -> c.getId().equals(Optional.of(id)));
    }

    /** The refusal paragraph every form shows; empty text while hidden. */
    static String refusal(Component root) {
        Paragraph error = find(root, "task-form-error", Paragraph.class);
        return error.isVisible() ? error.getText() : "";
    }

    private static Stream<Component> all(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(FormProbe::all));
    }
}
