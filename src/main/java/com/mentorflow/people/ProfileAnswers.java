package com.mentorflow.people;

import com.mentorflow.platform.RejectedInputException;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The answers of the "Complete your mentoring profile" form.
 *
 * @param consent the person agrees that their data is used for mentoring only
 */
public record ProfileAnswers(String displayName, boolean wantsMentor, boolean wantsMentee, boolean wantsCircles,
                             String timeZone, boolean consent) {

    public static final int MAX_NAME_LENGTH = 80;

    /** @throws RejectedInputException with a message per field that is not acceptable */
    public ProfileAnswers validated() {
        String name = displayName == null ? "" : displayName.strip();
        new RejectedInputException.Collector()
                .check(!name.isEmpty(), "displayName", "Please enter the name others should see.")
                .check(name.length() <= MAX_NAME_LENGTH, "displayName",
                        "Please keep your name to " + MAX_NAME_LENGTH + " characters or fewer.")
                .check(name.codePoints().noneMatch(Character::isISOControl), "displayName",
                        "Your name cannot contain control characters.")
                .check(wantsMentor || wantsMentee || wantsCircles, "roles",
                        "Choose at least one way to take part: mentor, mentee or circles.")
                .check(isZone(timeZone), "timeZone", "Please choose your time zone from the list.")
                .check(consent, "consent", "Mentorflow needs your consent to use your profile for mentoring.")
                .throwIfAny();
        return new ProfileAnswers(name, wantsMentor, wantsMentee, wantsCircles, timeZone, true);
    }

    private static boolean isZone(String zone) {
        if (zone == null || zone.isBlank()) {
            return false;
        }
        try {
            ZoneId.of(zone);
            return ZoneId.getAvailableZoneIds().contains(zone);
        } catch (DateTimeException e) {
            return false;
        }
    }
}
