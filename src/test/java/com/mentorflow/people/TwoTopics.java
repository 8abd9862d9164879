package com.mentorflow.people;

import java.util.LinkedHashMap;
import java.util.Map;

/** The topic list of the plain profile form tests: two topics, without the database Topics reads them from. */
final class TwoTopics {

    static final Topics TOPICS = new Topics(null) {
        @Override
        public Map<Integer, String> all() {
            Map<Integer, String> topics = new LinkedHashMap<>();
            topics.put(1, "Career growth");
            topics.put(3, "Transition from the military");
            return topics;
        }
    };

    private TwoTopics() {
    }
}
