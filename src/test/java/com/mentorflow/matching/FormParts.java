package com.mentorflow.matching;

import com.mentorflow.platform.Roles;
import com.mentorflow.tasks.InboxTask;
import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.util.stream.Stream;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** What the plain form tests share: a task from the inbox, the signed-in person, and finding a field by its id. */
final class FormParts {

    private FormParts() {
    }

    static InboxTask task(String formKey, long requestId) {
        return new InboxTask("task-7", "A task", "", Instant.parse("2026-03-02T09:00:00Z"), null, formKey,
                MatchRequestProcess.PROCESS_KEY, Long.toString(requestId));
    }

    static void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(username, null,
                Roles.PARTICIPANT.authority()));
    }

    @SuppressWarnings("unchecked")
    static <T extends Component> T byId(Component form, String id) {
        return (T) descendants(form).filter(c -> c.getId().filter(id::equals).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("no component with id " + id));
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(FormParts::descendants));
    }
}
