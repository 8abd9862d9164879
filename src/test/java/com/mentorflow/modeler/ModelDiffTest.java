package com.mentorflow.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The readable list of changes between two versions of a model. */
class ModelDiffTest {

    @Test
    void aChangedTimerAnAddedTaskAndARemovedFlowAreListed() throws Exception {
        String before = Files.readString(Path.of("processes/match-request.bpmn"));
        String after = before.replace("R2/${programCalendar.reviewReminder}", "R3/P2D")
                .replace("name=\"Ask program managers\"", "name=\"Ask the program managers\"");
        assertThat(ModelDiff.changes(bytes(before), bytes(after))).containsExactlyInAnyOrder(
                "changed TimerDefinition_ReviewReminder: timeCycle \"R2/${programCalendar.reviewReminder}\" → \"R3/P2D\"",
                "changed Task_RequireApproval: name \"Ask program managers\" → \"Ask the program managers\"");
        assertThat(ModelDiff.changes(bytes(before), bytes(before))).isEmpty();
    }

    @Test
    void addedAndRemovedElementsAreNamed() throws Exception {
        String before = Files.readString(Path.of("processes/participant-onboarding.bpmn"));
        String after = before.replace("</bpmn:process>", "<bpmn:endEvent id=\"EndEvent_Extra\" /></bpmn:process>");
        assertThat(ModelDiff.changes(bytes(before), bytes(after))).containsExactly("added EndEvent_Extra (endEvent)");
        assertThat(ModelDiff.changes(bytes(after), bytes(before))).containsExactly("removed EndEvent_Extra");
    }

    /** Issue 16 §2: a German admin reads the change in German; the element and its settings stay as the model has them. */
    @Test
    void aGermanAdminReadsTheChangesInGerman() throws Exception {
        String before = Files.readString(Path.of("processes/match-request.bpmn"));
        String after = before.replace("R2/${programCalendar.reviewReminder}", "R3/P2D");
        assertThat(ModelDiff.sentences(bytes(before), bytes(after))).map(change -> change.in(java.util.Locale.GERMAN))
                .containsExactly("TimerDefinition_ReviewReminder geändert: timeCycle „R2/${programCalendar.reviewReminder}“ → „R3/P2D“");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
