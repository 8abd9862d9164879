package com.mentorflow.circles;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A circle's library topics as its {@code topics} column keeps them: ids in order, joined by commas ("2,5,9"), so the
 * directory's search can find one with a {@code like} (see {@link CircleDirectoryQueries}).
 */
final class CircleTopics {

    private CircleTopics() {
    }

    static String written(Collection<Integer> topicIds) {
        return topicIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    static Set<Integer> read(String column) {
        return column == null || column.isBlank() ? Set.of()
                : Arrays.stream(column.split(",")).map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }
}
