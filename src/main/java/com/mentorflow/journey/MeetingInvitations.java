package com.mentorflow.journey;

import com.mentorflow.matching.Mentorships;
import com.mentorflow.notify.Letter;
import com.mentorflow.notify.MailOutbox;
import com.mentorflow.notify.MeetingInvite;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.Program;
import com.mentorflow.people.TimeZones;
import com.mentorflow.platform.Times;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
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

    MeetingInvitations(MailOutbox mail, TimeZones zones, AccountService accounts, Clock clock) {
        this.mail = mail;
        this.zones = zones;
        this.accounts = accounts;
        this.clock = clock;
    }

    void send(Mentorships.Pair pair, int number, Instant at, int durationMinutes, String place) {
        String summary = "Mentoring meeting " + number + ": " + pair.menteeName() + " and " + pair.mentorName();
        String invite = MeetingInvite.ics("mentorship-" + pair.mentorshipId() + "-meeting-" + number + "@mentorflow", at,
                Duration.ofMinutes(durationMinutes), summary, place, "Planned in Mentorflow.", clock.instant());
        ZoneId mentee = zones.zoneOf(pair.menteeAccountId());
        ZoneId mentor = zones.zoneOf(pair.mentorAccountId());
        mailOne(pair.menteeAccountId(), pair.program(), Times.forMail(mentee).dateTime(at, mentor), summary, number,
                durationMinutes, place, invite);
        mailOne(pair.mentorAccountId(), pair.program(), Times.forMail(mentor).dateTime(at, mentee), summary, number,
                durationMinutes, place, invite);
    }

    private void mailOne(long accountId, Program program, String when, String summary, int number, int durationMinutes,
                         String place, String invite) {
        mail.enqueue(Letter.to(accounts.emailOf(accountId), summary)
                .paragraphs("Your mentoring meeting " + number + " is on " + when + " (" + durationMinutes + " minutes), "
                        + place + ". The invitation is attached.")
                .action("Open My mentorship", "/journey")
                .program(program.label())
                .attach("meeting-" + number + ".ics", MeetingInvite.CONTENT_TYPE, invite));
    }
}
