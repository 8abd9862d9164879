package com.mentorflow.platform;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Times as one reader reads them: in their zone and language, with the zone named, e.g. "10 Dec 2026, 17:00 CET". Each
 * of the four {@link Languages} has one format for a date, one for a date and time and one for a time (FormatStyle,
 * never a pattern), made once for the whole app; any other locale reads as its language, or English. Where a partner's
 * zone differs the partner's clock follows: "(10:00 in Chicago)". Every view, mail and form shows times through this
 * class, so no raw timestamp reaches a person.
 */
public record Times(ZoneId zone, Locale locale) {

    /** Mail has no browser to ask; until mail is written in the reader's language ({@link ReaderLanguages}), it is English. */
    public static final Locale MAIL_LOCALE = Languages.ENGLISH;

    private static final Map<Locale, Formats> formats = Languages.ALL.stream()
            .collect(Collectors.toUnmodifiableMap(language -> language, Formats::new));

    public Times {
        zone = zone == null ? ZoneId.systemDefault() : zone;
        locale = Languages.supported(locale);
    }

    public static Times forMail(ZoneId zone) {
        return new Times(zone, MAIL_LOCALE);
    }

    /** "10 Dec 2026, 17:00 CET"; a dash for no time. */
    public String dateTime(Instant at) {
        return at == null ? "—" : formats().dateTime.withZone(zone).format(at) + " " + zoneName(at);
    }

    /** As {@link #dateTime(Instant)}, followed by the partner's clock when it reads differently: "(10:00 in Chicago)". */
    public String dateTime(Instant at, ZoneId partner) {
        if (at == null || partner == null || sameClock(at, partner)) {
            return dateTime(at);
        }
        return dateTime(at) + " (" + Texts.text(locale, "platform.times.partnerClock",
                formats().time.withZone(partner).format(at), place(partner)) + ")";
    }

    /** "10 Dec 2026": the reader's calendar day. */
    public String date(Instant at) {
        return at == null ? "—" : formats().date.withZone(zone).format(at);
    }

    /** "17:00" */
    public String time(Instant at) {
        return at == null ? "—" : formats().time.withZone(zone).format(at);
    }

    /** How a form labels the zone it reads a time in: "Europe/Berlin, CET". */
    public String zoneLabel(Instant around) {
        return zone.getId() + ", " + zoneName(around);
    }

    /**
     * The zone's short name at that instant in the reader's language (CET in winter, CEST in summer). Where the
     * language has none (British English for Chicago gives "GMT-06:00") the English one is used, which is what people
     * there call it (CST); failing that, the offset stays.
     */
    public String zoneName(Instant at) {
        String name = DateTimeFormatter.ofPattern("zzz", locale).withZone(zone).format(at);
        if (name.startsWith("GMT")) {
            String english = DateTimeFormatter.ofPattern("zzz", Locale.US).withZone(zone).format(at);
            return english.startsWith("GMT") ? name : english;
        }
        return name;
    }

    /** "Chicago" for America/Chicago: the name people know a zone by. */
    public static String place(ZoneId zone) {
        String id = zone.getId();
        return id.contains("/") ? id.substring(id.lastIndexOf('/') + 1).replace('_', ' ') : zone.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private boolean sameClock(Instant at, ZoneId partner) {
        return zone.getRules().getOffset(at).equals(partner.getRules().getOffset(at));
    }

    private Formats formats() {
        return formats.get(locale);
    }

    /** One language's formats, made once. */
    private record Formats(DateTimeFormatter date, DateTimeFormatter dateTime, DateTimeFormatter time) {

        Formats(Locale language) {
            this(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language),
                    DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(language),
                    DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language));
        }
    }
}
