package com.mentorflow.journey;

import java.util.List;

/** One module of the year-one curriculum, as the catalogue holds it. */
public record LearningModule(int number, String title, String summary, int releaseMonth, int estimatedMinutes,
                             List<String> actionItems, List<Resource> resources, String mentorInsight) {

    /** @param kind reading, writing, video or huddle */
    public record Resource(String kind, String title, String link) {
    }
}
