package com.mentorflow.journey;

import static com.mentorflow.journey.FormFields.byId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.mentorflow.platform.RejectedInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompleteModuleFormTest {

    private final JourneyModules modules = mock(JourneyModules.class);
    private final AtomicInteger done = new AtomicInteger();
    private Component form;

    @BeforeEach
    void openTheForm() {
        FormFields.signIn("mentee");
        when(modules.moduleOf("task-1")).thenReturn(2);
        when(modules.module(eq(2), any())).thenReturn(new LearningModule(2, "Reading the culture", "Unwritten rules.", 2, 60,
                List.of("Watch one decision", "Write down three rules"),
                List.of(new LearningModule.Resource("video", "How decisions get made", "https://example.com/d")), "Talk."));
        form = new CompleteModuleForm(modules).create(FormFields.task("task-1", JourneyProcess.FORM_MODULE, 7), done::incrementAndGet);
    }

    @AfterEach
    void signOut() {
        FormFields.signOut();
    }

    @SuppressWarnings("unchecked")
    @Test
    void theModuleNumberComesFromTheServiceAndTheTickedItemsAndReflectionAreSent() {
        assertThat(FormFields.text(form)).contains("Module 2: Reading the culture", "About 60 minutes");
        byId(form, "module-items", CheckboxGroup.class).setValue(Set.of(1));
        byId(form, "module-reflection", TextArea.class).setValue("Decisions take longer here.");

        byId(form, "module-done", Button.class).click();

        verify(modules).completeModule("task-1", "mentee", Set.of(1), "Decisions take longer here.");
        assertThat(done).hasValue(1);
    }

    @Test
    void aRefusalIsShownAndTheButtonComesBack() {
        doThrow(new RejectedInputException("reflection", "Please keep the reflection to 4000 characters."))
                .when(modules).completeModule(anyString(), anyString(), any(), any());

        Button finish = byId(form, "module-done", Button.class);
        finish.click();

        assertThat(FormFields.refusal(form)).contains("Please keep the reflection to 4000 characters.");
        assertThat(done).hasValue(0);
        assertThat(finish.isEnabled()).isTrue();
    }
}
