package com.mentorflow.circles;

import com.mentorflow.circles.CircleMembership.Role;
import com.mentorflow.notify.Letter.Action;
import com.mentorflow.platform.Texts;
import com.mentorflow.platform.Times;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Function;

/**
 * Every mail the circles module sends: one method per mail, with a link to where the reader acts; times through
 * {@link Times}. A mail is written when {@link CirclePost} knows its reader, in the reader's language: one event may
 * tell several people, each in their own.
 */
final class CircleMails {

    /** Subject and body for a reader's language; the action's label key and where it leads. */
    record Mail(Function<Locale, String> subject, Function<Locale, String> body, String actionKey, String target) {

        Action action(Locale reader) {
            return new Action(Texts.text(reader, actionKey), target);
        }
    }

    private static final String MY_TASKS = "circles.mail.action.myTasks";
    private static final String DIRECTORY = "circles.mail.action.directory";
    private static final String PAGE = "circles.mail.action.page";

    private CircleMails() {
    }

    private static Function<Locale, String> text(String key, Object... arguments) {
        return reader -> Texts.text(reader, key, arguments);
    }

    private static Mail mail(String name, Object[] subject, Object[] body, String action, String target) {
        return new Mail(text("circles.mail." + name + ".subject", subject), text("circles.mail." + name + ".body", body),
                action, target);
    }

    private static Mail toPage(String name, Circle circle, Object... arguments) {
        return mail(name, arguments, arguments, PAGE, "/circle/" + circle.getId());
    }

    static Mail joinRequested(String person, Circle circle, Role role, String note) {
        String name = circle.getName();
        return new Mail(text("circles.mail.joinRequested.subject", person, name), reader ->
                Texts.text(reader, "circles.mail.joinRequested.asks." + role.name(), person, name)
                        + (note.isEmpty() ? "." : ":\n\n" + note) + "\n\n" + Texts.text(reader, "circles.mail.joinRequested.body")
                        + "\n", MY_TASKS, "/");
    }

    static Mail joinDeclined(Circle circle, String why) {
        Object[] arguments = {circle.getName(), why};
        return mail("joinDeclined", arguments, arguments, DIRECTORY, "/circles");
    }

    static Mail welcome(Circle circle, Role role) {
        return toPage("welcome." + role.name(), circle, circle.getName());
    }

    static Mail nowManaging(Circle circle) {
        Object[] arguments = {circle.getName()};
        return mail("nowManaging", arguments, arguments, MY_TASKS, "/");
    }

    static Mail openForMembers(Circle circle) {
        return mail("openForMembers", new Object[] {circle.getName()},
                new Object[] {circle.getName(), Circles.MIN_SIZE, CirclePlan.PUBLISH_WITHIN_WEEKS}, MY_TASKS, "/");
    }

    static Mail started(Circle circle, int people) {
        return toPage("started", circle, circle.getName(), people);
    }

    static Mail continues(Circle circle, int term) {
        return toPage("continues", circle, circle.getName(), term);
    }

    static Mail renewalDue(Circle circle, int term) {
        Object[] arguments = {circle.getName()};
        return mail(term >= CirclePlan.TERMS_BEFORE_APPROVAL ? "renewalDueLate" : "renewalDue", arguments, arguments,
                MY_TASKS, "/");
    }

    static Mail extensionRefused(Circle circle, String why) {
        return toPage("extensionRefused", circle, circle.getName(), why);
    }

    static Mail disbanded(Circle circle) {
        Object[] arguments = {circle.getName()};
        return mail("disbanded", arguments, arguments, MY_TASKS, "/");
    }

    static Mail expired(Circle circle) {
        Object[] arguments = {circle.getName(), CirclePlan.PUBLISH_WITHIN_WEEKS};
        return mail("expired", arguments, arguments, DIRECTORY, "/circles");
    }

    static Mail cancelled(Circle circle, String reason) {
        return toPage("cancelled", circle, circle.getName(), reason);
    }

    /** The subject of the invitation mail and of the calendar entry. */
    static String meetingSubject(Locale reader, String circle, int number, CircleMeetingKind kind, String topic) {
        return Texts.text(reader, "circles.mail.meeting.subject", circle, number, CircleWords.meetingKind(reader, kind), topic);
    }

    /** What the calendar entry says about the meeting. */
    static String meetingDescription(Locale reader, CircleMeetingKind kind) {
        return Texts.text(reader, "circles.mail.meeting.description." + kind.name());
    }

    /** The time in the reader's zone, the circle's clock beside it when it reads differently. */
    static Mail meetingInvitation(Circle circle, String subject, int number, Times reader, Instant at, ZoneId circleZone,
                                  int durationMinutes, String where) {
        return new Mail(language -> subject, text("circles.mail.meeting.body", number, reader.dateTime(at, circleZone),
                durationMinutes, where), PAGE, "/circle/" + circle.getId());
    }
}
