package com.mentorflow.journey;

import com.mentorflow.matching.MilitaryVisibility;
import com.mentorflow.matching.Mentorship;
import com.mentorflow.matching.Mentorships;
import com.mentorflow.matching.MyMatchRequests;
import com.mentorflow.people.Program;
import com.mentorflow.people.TimeZones;
import com.mentorflow.platform.Times;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's mentorship year as a timeline: what is done, what is due now, what comes and when. This class says
 * whose years they are and how the person sees their partner (zone, military background); the dated items
 * themselves are {@link TimelineItems}.
 */
@Service
public class JourneyTimeline {

    /** Upcoming until it opens, due now until its month ends, overdue after that unless done. */
    public enum State { DONE, DUE_NOW, OVERDUE, UPCOMING }

    /** What a line of the year is: the three tracks of the year's picture, and its end. */
    public enum Kind { MODULE, MEETING, CHECK_IN, END }

    /**
     * @param when when it opens (a module's release, a meeting's or check-in's month)
     * @param due  when its task is due: the end of that month, as the journey model dates the task
     */
    public record Item(Kind kind, Instant when, Instant due, String what, State state, String detail) {
    }

    /**
     * @param partnerMilitary the partner's military background as their matched partner may see it, or null
     * @param stages          for the mentor: the stages reached so far with their insights; empty for the mentee
     */
    public record Year(long mentorshipId, String partner, String role, Program program, Instant since,
                       String nextMeeting, String lastActionItems, List<Item> items, String partnerMilitary,
                       List<MentorStages.Stage> stages) {
    }

    private final MyMatchRequests requests;
    private final Mentorships mentorships;
    private final TimelineItems items;
    private final MilitaryVisibility military;
    private final TimeZones zones;

    JourneyTimeline(MyMatchRequests requests, Mentorships mentorships, TimelineItems items, MilitaryVisibility military,
                    TimeZones zones) {
        this.requests = requests;
        this.mentorships = mentorships;
        this.items = items;
        this.military = military;
        this.zones = zones;
    }

    /** The active mentorships of this person, each as a year; times read as in their mail. */
    @Transactional(readOnly = true)
    public List<Year> of(String username) {
        return of(username, Times.MAIL_LOCALE);
    }

    /** As {@link #of(String)}, times in the person's zone and the given language (a view's). */
    @Transactional(readOnly = true)
    public List<Year> of(String username, Locale locale) {
        Times times = new Times(zones.zoneOf(username), locale);
        return requests.mentorshipsOf(username).stream()
                .filter(m -> m.status() == Mentorship.Status.ACTIVE)
                .map(m -> year(m, username, times)).toList();
    }

    private Year year(MyMatchRequests.MentorshipSummary mentorship, String username, Times times) {
        Mentorships.Pair pair = mentorships.pair(mentorship.id());
        boolean iAmMentor = pair.mentorUsername().equals(username);
        long me = iAmMentor ? pair.mentorAccountId() : pair.menteeAccountId();
        long partner = iAmMentor ? pair.menteeAccountId() : pair.mentorAccountId();
        ZoneId partnerZone = zones.zoneOf(partner);
        TimelineItems.Lines lines = items.of(mentorship, pair, username, times, partnerZone);
        String partnerMilitary = military.describeFor(me, partner).orElse(null);
        return new Year(mentorship.id(), mentorship.partner(), mentorship.role(), mentorship.program(), mentorship.since(),
                lines.nextMeeting(), lines.lastActionItems(), lines.items(), partnerMilitary, lines.stages());
    }
}
