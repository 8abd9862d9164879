package com.mentorflow.circles;

import com.mentorflow.notify.MailOutbox;
import com.mentorflow.notify.MeetingInvite;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.TimeZones;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Mails a planned circle meeting to every member: each reads the time in their own zone, with the circle's clock
 * beside it when it differs; the invitation carries the instant in UTC.
 */
@Component
class CircleMeetingInvitations {

    private final MailOutbox mail;
    private final AccountService accounts;
    private final TimeZones zones;
    private final Clock clock;

    CircleMeetingInvitations(MailOutbox mail, AccountService accounts, TimeZones zones, Clock clock) {
        this.mail = mail;
        this.accounts = accounts;
        this.zones = zones;
        this.clock = clock;
    }

    void send(Circle circle, int number, CircleMeetingKind kind, String subject, Instant at, int durationMinutes,
              String where, List<CircleMembership> members) {
        String invite = MeetingInvite.ics("circle-" + circle.getId() + "-meeting-" + number + "@mentorflow", at,
                Duration.ofMinutes(durationMinutes), subject, where, kind.label() + " meeting: " + kind.explanation() + ".",
                clock.instant());
        ZoneId circleZone = ZoneId.of(circle.getTimeZone());
        for (CircleMembership member : members) {
            String when = zones.forMail(member.getAccountId()).dateTime(at, circleZone);
            mail.enqueue(accounts.findById(member.getAccountId()).orElseThrow().getEmail(), subject, "Circle meeting "
                    + number + " is on " + when + " (" + durationMinutes + " minutes), " + where
                    + ". The invitation is attached.\n", "circle-meeting-" + number + ".ics", MeetingInvite.CONTENT_TYPE,
                    invite);
        }
    }
}
