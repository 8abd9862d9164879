package com.mentorflow.circles;

import com.mentorflow.people.MeetingMode;
import java.util.Set;

/**
 * What the propose-a-circle form sends; {@link Circles#propose} checks every field.
 *
 * @param affinityNetwork optional: the employee network the circle belongs to
 * @param language        ISO 639-1 code, e.g. "en"
 * @param timeZone        IANA zone the meetings are planned in
 * @param proposerRole    the role the proposer takes in the circle
 */
public record CircleProposal(String name, Set<Integer> topics, String description, Integer affinityNetwork,
                             String language, String timeZone, MeetingMode meetingMode, Integer maxSize,
                             CircleMembership.Role proposerRole) {
}
