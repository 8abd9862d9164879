package com.mentorflow.journey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The stages of the new-hire year as the mentor follows them: one per module, reached when the module is released.
 * The mentor reads the insights of the stages reached so far, the latest marked as the current one; later stages
 * stay hidden until their month comes, so the page says what matters now rather than the whole year at once.
 */
public final class MentorStages {

    /** @param current the stage the mentee is in now: the latest one released */
    public record Stage(int module, String title, String insight, boolean current) {
    }

    private MentorStages() {
    }

    /**
     * @param releasedAt when each module is released in this mentorship
     * @return the stages reached by {@code now}, in order, the last one current; empty before the first
     */
    static List<Stage> reached(List<LearningModule> modules, Function<LearningModule, Instant> releasedAt, Instant now) {
        List<LearningModule> reached = modules.stream()
                .filter(module -> !releasedAt.apply(module).isAfter(now.plusSeconds(1)))
                .sorted(Comparator.comparing(releasedAt).thenComparing(LearningModule::number))
                .toList();
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < reached.size(); i++) {
            LearningModule module = reached.get(i);
            stages.add(new Stage(module.number(), module.title(), module.mentorInsight(), i == reached.size() - 1));
        }
        return stages;
    }
}
