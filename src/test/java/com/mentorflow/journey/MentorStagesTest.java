package com.mentorflow.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Issue 15 §6: the mentor reads the current stage's insight, marked, and the stages before it; never later ones. */
class MentorStagesTest {

    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    private static final List<LearningModule> MODULES = List.of(module(1, 0), module(2, 2), module(3, 4), module(4, 6));
    private static final Function<LearningModule, Instant> RELEASED = m -> START.plus(Duration.ofDays(30L * m.releaseMonth()));

    @Test
    void atTheStartOnlyTheFirstStageIsThereAndItIsCurrent() {
        assertThat(MentorStages.reached(MODULES, RELEASED, START)).containsExactly(
                new MentorStages.Stage(1, "Module one", "Insight one", true));
    }

    @Test
    void inMonthFiveTheThirdStageIsCurrentAndTheFourthNotYetListed() {
        List<MentorStages.Stage> stages = MentorStages.reached(MODULES, RELEASED, START.plus(Duration.ofDays(150)));

        assertThat(stages).extracting(MentorStages.Stage::module).containsExactly(1, 2, 3);
        assertThat(stages).extracting(MentorStages.Stage::current).containsExactly(false, false, true);
        assertThat(stages.get(2).insight()).isEqualTo("Insight three");
    }

    @Test
    void theDayAStageIsReleasedItBecomesCurrent() {
        assertThat(MentorStages.reached(MODULES, RELEASED, START.plus(Duration.ofDays(60))))
                .filteredOn(MentorStages.Stage::current).extracting(MentorStages.Stage::module).containsExactly(2);
    }

    @Test
    void withoutACurriculumThereAreNoStages() {
        assertThat(MentorStages.reached(List.of(), RELEASED, START)).isEmpty();
    }

    private static LearningModule module(int number, int releaseMonth) {
        String[] words = {"", "one", "two", "three", "four"};
        return new LearningModule(number, "Module " + words[number], "Summary", releaseMonth, 60, List.of("Item"), List.of(),
                "Insight " + words[number]);
    }
}
