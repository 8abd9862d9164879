package com.mentorflow.people;

import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.tasks.InboxTask;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/** The "Complete your mentoring profile" task form (form key {@code app:complete-profile}). */
class CompleteProfileForm extends VerticalLayout {

    static final String MENTOR = "Mentor";
    static final String MENTEE = "Mentee";
    static final String CIRCLES = "Circles";

    private final TextField displayName = new TextField("Name others see");
    private final CheckboxGroup<String> roles = new CheckboxGroup<>("I'd like to take part as");
    private final ComboBox<String> timeZone = new ComboBox<>("Time zone");
    private final Checkbox consent = new Checkbox(
            "I agree that Mentorflow uses my profile for mentoring only.");
    private final Paragraph formError = new Paragraph();

    CompleteProfileForm(InboxTask task, Account account, OnboardingService onboarding, Runnable onCompleted) {
        setPadding(false);
        addClassName("complete-profile-form");

        displayName.setId("profile-display-name");
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(ProfileAnswers.MAX_NAME_LENGTH);
        displayName.setValue(account.getDisplayName());
        displayName.setHelperText("Your mentors, mentees and circle members see this name.");

        roles.setId("profile-roles");
        roles.setItems(MENTOR, MENTEE, CIRCLES);
        roles.setRequiredIndicatorVisible(true);
        roles.setHelperText("Choose one or more; you can change this later.");

        timeZone.setId("profile-time-zone");
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setRequiredIndicatorVisible(true);
        timeZone.setHelperText("Used to suggest meeting times that suit both of you.");
        getElement().executeJs("return Intl.DateTimeFormat().resolvedOptions().timeZone").then(String.class, zone -> {
            if (timeZone.isEmpty() && ZoneId.getAvailableZoneIds().contains(zone)) {
                timeZone.setValue(zone);
            }
        });

        consent.setId("profile-consent");
        consent.addValueChangeListener(change -> formError.setVisible(false));
        Paragraph privacy = new Paragraph("Your profile is used to match you and to run your programs, for nothing "
                + "else. You can download or erase your data at any time.");
        privacy.addClassName("privacy-note");

        formError.addClassName("form-error");
        formError.setVisible(false);

        Button save = new Button("Save profile");
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> save(task, onboarding, onCompleted));

        FormLayout fields = new FormLayout(displayName, timeZone, roles);
        fields.setColspan(roles, 2);
        add(fields, privacy, consent, formError, save);
    }

    private void save(InboxTask task, OnboardingService onboarding, Runnable onCompleted) {
        clearErrors();
        Set<String> chosen = roles.getValue();
        ProfileAnswers answers = new ProfileAnswers(displayName.getValue(), chosen.contains(MENTOR),
                chosen.contains(MENTEE), chosen.contains(CIRCLES), timeZone.getValue(), consent.getValue());
        try {
            onboarding.completeProfile(task.id(), CurrentUser.username(), answers);
            onCompleted.run();
        } catch (RejectedInputException e) {
            showProblems(e.problems());
        } catch (NotPermittedException | ConflictException e) {
            formError.setText(e.getMessage());
            formError.setVisible(true);
        }
    }

    private void showProblems(Map<String, String> problems) {
        problems.forEach((field, message) -> {
            switch (field) {
                case "displayName" -> invalid(displayName, message);
                case "roles" -> {
                    roles.setErrorMessage(message);
                    roles.setInvalid(true);
                }
                case "timeZone" -> {
                    timeZone.setErrorMessage(message);
                    timeZone.setInvalid(true);
                }
                default -> {
                    formError.setText(message);
                    formError.setVisible(true);
                }
            }
        });
        if (displayName.isInvalid()) {
            displayName.focus();
        } else if (timeZone.isInvalid()) {
            timeZone.focus();
        }
    }

    private static void invalid(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void clearErrors() {
        displayName.setInvalid(false);
        roles.setInvalid(false);
        timeZone.setInvalid(false);
        formError.setVisible(false);
    }
}
