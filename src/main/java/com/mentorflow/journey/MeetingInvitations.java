package com.mentorflow.journey;

import com.mentorflow.matching.Mentorships;
import com.mentorflow.notify.Letter;
import com.mentorflow.notify.MailOutbox;
import com.mentorflow.notify.MeetingInvite;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.TimeZones;
import com.mentorflow.platform.ReaderLanguages;
import com.mentorflow.platform.Texts;
import com.mentorflow.platform.Times;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Mails a planned meeting to both sides: each reads the time in their own zone, with the partner's clock beside it
 * when it differs; the attached invitation carries the instant in UTC, which every calendar shows in its own zone.
 */
@Component
class MeetingInvitations {

    private final MailOutbox mail;
    private final TimeZones zones;
    private final AccountService accounts;
    private final Clock clock;
    private final ReaderLanguages languages;

    MeetingInvitations(MailOutbox mail, TimeZones zones, AccountService accounts, Clock clock, ReaderLanguages languages) {
        this.mail = mail;
        this.zones = zones;
        this.accounts = accounts;
        this.clock = clock;
        this.languages = languages;
    }

    void send(Mentorships.Pair pair, int number, Instant at, int durationMinutes, String place) {
        ZoneId mentee = zones.zoneOf(pair.menteeAccountId());
        ZoneId mentor = zones.zoneOf(pair.mentorAccountId());
        mailOne(pair, pair.menteeAccountId(), mentee, mentor, number, at, durationMinutes, place);
        mailOne(pair, pair.mentorAccountId(), mentor, mentee, number, at, durationMinutes, place);
    }

    /** One side's mail and invitation, both in their language: the invitation's title is what their calendar shows. */
    private void mailOne(Mentorships.Pair pair, long accountId, ZoneId own, ZoneId partner, int number, Instant at,
                         int durationMinutes, String place) {
        Locale reader = languages.languageOf(accountId);
        String summary = Texts.text(reader, "journey.mail.meeting.summary", number, pair.menteeName(), pair.mentorName());
        String invite = MeetingInvite.ics("mentorship-" + pair.mentorshipId() + "-meeting-" + number + "@mentorflow", at,
                Duration.ofMinutes(durationMinutes), summary, place, Texts.text(reader, "journey.mail.meeting.icsDescription"),
                clock.instant());
        String when = new Times(own, reader).dateTime(at, partner);
        mail.enqueue(Letter.to(accounts.emailOf(accountId), summary)
                .paragraphs(Texts.text(reader, "journey.mail.meeting.body", number, when, durationMinutes, place))
                .action(Texts.text(reader, "journey.mail.openMyMentorship"), "/journey")
                .program(pair.program().label(reader))
                .in(reader)
                .attach("meeting-" + number + ".ics", MeetingInvite.CONTENT_TYPE, invite));
    }
}
