package com.mentorflow.journey;

import java.util.List;

/** One module of the year-one curriculum, as the catalogue holds it. */
public record LearningModule(int number, String title, String summary, int releaseMonth, int estimatedMinutes,
                             List<String> actionItems, List<Resource> resources, String mentorInsight) {

    /** @param kind reading, writing, video or huddle */
    public record Resource(String kind, String title, String link) {
    }

    /** The non-blank lines of a stored text, stripped. */
    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** Resources as stored, one per line: kind|title|link. */
    static List<Resource> resources(String text) {
        return lines(text).stream().map(line -> line.split("\\|", -1))
                .map(p -> new Resource(p[0], p.length > 1 ? p[1] : "", p.length > 2 ? p[2] : ""))
                .toList();
    }
}
