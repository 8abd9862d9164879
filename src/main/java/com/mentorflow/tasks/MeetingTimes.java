package com.mentorflow.tasks;

import com.mentorflow.platform.ReaderZones;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Makes a meeting form's {@link MeetingPlanFields} for the signed-in reader: their zone, their browser's language, now. */
@Component
public class MeetingTimes {

    private final ReaderZones zones;
    private final Clock clock;

    public MeetingTimes(ReaderZones zones, Clock clock) {
        this.zones = zones;
        this.clock = clock;
    }

    public MeetingPlanFields fields(String idPrefix, String placeId) {
        return new MeetingPlanFields(idPrefix, placeId, zones.forCurrentReader(), clock.instant());
    }
}
