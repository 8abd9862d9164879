package com.mentorflow.journey;

import java.util.List;
import java.util.Set;

/** One module of the year-one curriculum, as the catalogue holds it. */
public record LearningModule(int number, String title, String summary, int releaseMonth, int estimatedMinutes,
                             List<String> actionItems, List<Resource> resources, String mentorInsight) {

    /** @param kind reading, writing, video or huddle */
    public record Resource(String kind, String title, String link) {
    }

    /** The kinds a resource may be; an admin writes one in the catalogue or a translation. */
    static final Set<String> RESOURCE_KINDS = Set.of("reading", "writing", "video", "huddle");

    /** The non-blank lines of a stored text, stripped. */
    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** An admin's resource line as it may be stored: one of the kinds, then at least a title (kind|title|link). */
    static boolean isResource(String line) {
        String[] parts = line.split("\\|", -1);
        return RESOURCE_KINDS.contains(parts[0].strip()) && parts.length >= 2;
    }

    /** Resources as stored, one per line: kind|title|link. */
    static List<Resource> resources(String text) {
        return lines(text).stream().map(line -> line.split("\\|", -1))
                .map(p -> new Resource(p[0], p.length > 1 ? p[1] : "", p.length > 2 ? p[2] : ""))
                .toList();
    }
}
