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
                Duration.ofMinutes(durationMinutes), subject, where, CircleMails.meetingDescription(kind), clock.instant());
        ZoneId circleZone = ZoneId.of(circle.getTimeZone());
        for (CircleMembership member : members) {
            CircleMails.Mail letter = CircleMails.meetingInvitation(circle, subject, number, zones.forMail(member.getAccountId()),
                    at, circleZone, durationMinutes, where);
            mail.enqueue(CirclePost.letter(accounts.findById(member.getAccountId()).orElseThrow().getEmail(), letter)
                    .attach("circle-meeting-" + number + ".ics", MeetingInvite.CONTENT_TYPE, invite));
        }
    }
}
