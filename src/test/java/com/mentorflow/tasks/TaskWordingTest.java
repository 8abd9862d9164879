package com.mentorflow.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.mentorflow.platform.Languages;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** A task reads in the reader's language where the bundle knows it, else as its model names it. */
class TaskWordingTest {

    private static Task task(String taskKey, String name) {
        Task task = mock(Task.class);
        when(task.getTaskDefinitionKey()).thenReturn(taskKey);
        when(task.getName()).thenReturn(name);
        return task;
    }

    @Test
    void aShippedTaskReadsInTheReadersLanguage() {
        Task profile = task("Task_CompleteProfile", "Complete your mentoring profile");

        assertThat(TaskWording.of("participant-onboarding", profile, Languages.SPANISH).name())
                .isEqualTo("Completa tu perfil de mentoría");
        assertThat(TaskWording.of("participant-onboarding", profile, Languages.ENGLISH).name())
                .isEqualTo("Complete your mentoring profile");
        assertThat(TaskWording.of("mentee-journey", task("Task_MenteeCheckIn", "Mentee's check-in"), Languages.GERMAN).name())
                .as("an apostrophe in the model's name").isEqualTo("Check-in des Mentees");
    }

    @Test
    void aFormSaysWhichRoundItIs() {
        Task meeting = task("Task_Meeting", "Plan and log the meeting");

        assertThat(TaskWording.of("mentee-journey", meeting, Languages.SPANISH).name("numbered", 3))
                .isEqualTo("Planificar y registrar la reunión 3");
        assertThat(TaskWording.of("mentee-journey", meeting, Languages.ENGLISH).name("numbered", 3))
                .isEqualTo("Plan and log meeting 3");
    }

    @Test
    void aTaskAnAdminRenamedOrAddedReadsAsItsModelNamesIt() {
        Task renamed = task("Task_Meeting", "Meet and write it down");
        Task added = task("Task_SayThanks", "Say thanks");

        assertThat(TaskWording.of("mentee-journey", renamed, Languages.SPANISH).name()).isEqualTo("Meet and write it down");
        assertThat(TaskWording.of("mentee-journey", renamed, Languages.SPANISH).name("numbered", 3))
                .isEqualTo("Meet and write it down");
        assertThat(TaskWording.of("mentee-journey", added, Languages.HINDI).name()).isEqualTo("Say thanks");
        assertThat(TaskWording.of(null, task(null, "Call Maya"), Languages.GERMAN).name()).as("a task outside any model")
                .isEqualTo("Call Maya");
    }
}
