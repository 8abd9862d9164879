package com.mentorflow.people;

import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.tasks.InboxTask;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The "Complete your mentoring profile" task form (form key {@code app:complete-profile}). */
class CompleteProfileForm extends VerticalLayout {

    CompleteProfileForm(InboxTask task, ProfileAnswers current, Topics topics, OnboardingService onboarding,
                        Runnable onCompleted) {
        setPadding(false);
        addClassName("complete-profile-form");
        ProfileForm form = new ProfileForm(topics);
        form.setAnswers(current);
        form.suggestBrowserTimeZone();

        Button save = new Button(FormTexts.text("people.profile.save"));
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            form.clearProblems();
            try {
                onboarding.completeProfile(task.id(), CurrentUser.username(), form.getAnswers());
                onCompleted.run();
            } catch (RejectedInputException e) {
                form.showProblems(e.problems(getLocale()));
            } catch (NotPermittedException | ConflictException e) {
                form.showError(e.message(getLocale()));
            }
        });
        add(form, save);
    }
}
