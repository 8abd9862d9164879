package com.mentorflow.circles;

import com.mentorflow.notify.MailOutbox;
import com.mentorflow.notify.MeetingInvite;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.TimeZones;
import com.mentorflow.platform.ReaderLanguages;
import com.mentorflow.platform.Times;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
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
    private final ReaderLanguages languages;
    private final Clock clock;

    CircleMeetingInvitations(MailOutbox mail, AccountService accounts, TimeZones zones, ReaderLanguages languages, Clock clock) {
        this.mail = mail;
        this.accounts = accounts;
        this.zones = zones;
        this.languages = languages;
        this.clock = clock;
    }

    /** Each member's mail and calendar entry are in their own language, so each gets their own invitation text. */
    void send(Circle circle, int number, CircleMeetingKind kind, Function<Locale, String> topic, Instant at, int durationMinutes,
              String where, List<CircleMembership> members) {
        ZoneId circleZone = ZoneId.of(circle.getTimeZone());
        for (CircleMembership member : members) {
            Locale reader = languages.languageOf(member.getAccountId());
            String subject = CircleMails.meetingSubject(reader, circle.getName(), number, kind, topic.apply(reader));
            String invite = MeetingInvite.ics("circle-" + circle.getId() + "-meeting-" + number + "@mentorflow", at,
                    Duration.ofMinutes(durationMinutes), subject, where, CircleMails.meetingDescription(reader, kind),
                    clock.instant());
            Times times = new Times(zones.zoneOf(member.getAccountId()), reader);
            CircleMails.Mail letter = CircleMails.meetingInvitation(circle, subject, number, times, at, circleZone,
                    durationMinutes, where);
            mail.enqueue(CirclePost.letter(accounts.findById(member.getAccountId()).orElseThrow().getEmail(), reader, letter)
                    .attach("circle-meeting-" + number + ".ics", MeetingInvite.CONTENT_TYPE, invite));
        }
    }
}
