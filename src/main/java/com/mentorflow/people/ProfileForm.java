package com.mentorflow.people;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import static com.mentorflow.people.FormTexts.reader;
import static com.mentorflow.people.FormTexts.text;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The mentoring profile, section by section; used by the onboarding task and by "My profile". It only
 * collects answers and shows the domain's messages; saving is the caller's business.
 */
class ProfileForm extends VerticalLayout {

    static final String MENTOR = "Mentor";
    static final String MENTEE = "Mentee";
    static final String CIRCLES = "Circles";
    private final TextField displayName = new TextField(text("people.profile.displayName"));
    private final ComboBox<String> timeZone = new ComboBox<>(text("people.profile.timeZone"));
    private final CheckboxGroup<String> roles = new CheckboxGroup<>(text("people.profile.roles"));
    private final CheckboxGroup<Program> programs = new CheckboxGroup<>(text("people.profile.programs"));
    private final MultiSelectComboBox<Integer> goalTopics = new MultiSelectComboBox<>(text("people.profile.goalTopics"));
    private final TextArea goalsText = new TextArea(text("people.profile.goalsText"));
    private final MultiSelectComboBox<Integer> strengthTopics = new MultiSelectComboBox<>(text("people.profile.strengthTopics"));
    private final IntegerField capacity = new IntegerField(text("people.profile.capacity"));
    private final Checkbox accepting = new Checkbox(text("people.profile.accepting"));
    private final RadioButtonGroup<MeetingMode> meetingMode = new RadioButtonGroup<>(text("people.profile.meetingMode"));
    private final TextArea bio = new TextArea(text("people.profile.bio"));
    private final Checkbox consent = new Checkbox(text("people.profile.consent"));
    private final Paragraph formError = new Paragraph();
    private final VerticalLayout menteeSection;
    private final VerticalLayout mentorSection;
    private final MilitaryBackgroundFields military = new MilitaryBackgroundFields();

    ProfileForm(Topics topics) {
        setPadding(false);
        addClassName("profile-form");

        displayName.setId("profile-display-name");
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(ProfileAnswers.MAX_NAME_LENGTH);
        displayName.setHelperText(text("people.profile.displayName.help"));
        timeZone.setId("profile-time-zone");
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setRequiredIndicatorVisible(true);
        timeZone.setHelperText(text("people.profile.timeZone.help"));
        roles.setId("profile-roles");
        roles.setItems(MENTOR, MENTEE, CIRCLES);
        roles.setItemLabelGenerator(role -> text("people.profile.role." + role));
        // Not setRequiredIndicatorVisible: Vaadin then puts aria-required on a role=group, which ARIA does not allow
        // (axe-core's critical aria-allowed-attr; vaadin/web-components#2931). The helper text says it instead.
        roles.setHelperText(text("people.profile.roles.help"));
        programs.setId("profile-programs");
        programs.setItems(Program.NEW_HIRE, Program.OPEN);
        programs.setItemLabelGenerator(program -> text("people.program." + program.name()));
        programs.setHelperText(text("people.profile.programs.help"));
        FormLayout about = new FormLayout(displayName, timeZone, roles, programs);

        goalTopics.setId("profile-goal-topics");
        goalTopics.setItems(topics.ids());
        goalTopics.setItemLabelGenerator(id -> topics.name(id, reader()));
        goalTopics.setRequiredIndicatorVisible(true);
        goalsText.setMaxLength(ProfileAnswers.MAX_GOALS_TEXT_LENGTH);
        menteeSection = section(text("people.profile.section.mentee"), new FormLayout(goalTopics, goalsText));

        strengthTopics.setId("profile-strength-topics");
        strengthTopics.setItems(topics.ids());
        strengthTopics.setItemLabelGenerator(id -> topics.name(id, reader()));
        strengthTopics.setRequiredIndicatorVisible(true);
        capacity.setId("profile-capacity");
        capacity.setMin(1);
        capacity.setMax(ProfileAnswers.MAX_CAPACITY);
        capacity.setStepButtonsVisible(true);
        capacity.setValue(ProfileAnswers.DEFAULT_CAPACITY);
        capacity.setHelperText(text("people.profile.capacity.help"));
        accepting.setValue(true);
        mentorSection = section(text("people.profile.section.mentor"), new FormLayout(strengthTopics, capacity, accepting));

        meetingMode.setItems(MeetingMode.values());
        meetingMode.setItemLabelGenerator(mode -> text("people.meetingMode." + mode.name()));
        meetingMode.setValue(MeetingMode.EITHER);
        bio.setMaxLength(ProfileAnswers.MAX_BIO_LENGTH);
        VerticalLayout meeting = section(text("people.profile.section.meeting"), new FormLayout(meetingMode, bio));

        consent.setId("profile-consent");
        consent.addValueChangeListener(change -> formError.setVisible(false));
        Paragraph privacy = new Paragraph(text("people.profile.privacy"));
        privacy.addClassName("privacy-note");
        formError.addClassName("form-error");
        formError.setId("profile-error");
        formError.setVisible(false);

        roles.addValueChangeListener(change -> showRoleSections());
        showRoleSections();
        add(about, menteeSection, mentorSection, meeting, military, privacy, consent, formError);
    }

    private static VerticalLayout section(String title, com.vaadin.flow.component.Component... content) {
        VerticalLayout section = new VerticalLayout(new H3(title));
        section.add(content);
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }

    private void showRoleSections() {
        menteeSection.setVisible(roles.getValue().contains(MENTEE));
        mentorSection.setVisible(roles.getValue().contains(MENTOR));
    }

    void setAnswers(ProfileAnswers answers) {
        displayName.setValue(answers.displayName() == null ? "" : answers.displayName());
        if (answers.timeZone() != null) {
            timeZone.setValue(answers.timeZone());
        }
        Set<String> chosen = new LinkedHashSet<>();
        if (answers.wantsMentor()) {
            chosen.add(MENTOR);
        }
        if (answers.wantsMentee()) {
            chosen.add(MENTEE);
        }
        if (answers.wantsCircles()) {
            chosen.add(CIRCLES);
        }
        roles.setValue(chosen);
        programs.setValue(answers.programs() == null ? Set.of()
                : answers.programs().stream().filter(Program::isOneToOne).collect(Collectors.toSet()));
        goalTopics.setValue(answers.goalTopics() == null ? Set.of() : answers.goalTopics());
        goalsText.setValue(answers.goalsText() == null ? "" : answers.goalsText());
        strengthTopics.setValue(answers.strengthTopics() == null ? Set.of() : answers.strengthTopics());
        capacity.setValue(answers.mentorCapacity() == null || answers.mentorCapacity() < 1
                ? ProfileAnswers.DEFAULT_CAPACITY : answers.mentorCapacity());
        accepting.setValue(answers.acceptingRequests() == null || answers.acceptingRequests());
        meetingMode.setValue(answers.meetingMode() == null ? MeetingMode.EITHER : answers.meetingMode());
        bio.setValue(answers.bio() == null ? "" : answers.bio());
        military.setValue(answers.military(), answers.showMilitary());
        consent.setValue(answers.consent());
    }

    /** Fills the browser's time zone when the person has none yet. */
    void suggestBrowserTimeZone() {
        getElement().executeJs("return Intl.DateTimeFormat().resolvedOptions().timeZone").then(String.class, zone -> {
            if (timeZone.isEmpty() && ZoneId.getAvailableZoneIds().contains(zone)) {
                timeZone.setValue(zone);
            }
        });
    }

    ProfileAnswers getAnswers() {
        Set<String> chosen = roles.getValue();
        Set<Program> chosenPrograms = EnumSet.noneOf(Program.class);
        chosenPrograms.addAll(programs.getValue());
        MilitaryBackground service = military.getValue();
        return new ProfileAnswers(displayName.getValue(), chosen.contains(MENTOR), chosen.contains(MENTEE),
                chosen.contains(CIRCLES), chosenPrograms, timeZone.getValue(), new HashSet<>(goalTopics.getValue()),
                goalsText.getValue(), new HashSet<>(strengthTopics.getValue()), meetingMode.getValue(), bio.getValue(),
                service, capacity.getValue(), accepting.getValue(), consent.getValue(),
                military.showsToOthers());
    }

    void showProblems(Map<String, String> problems) {
        clearProblems();
        problems.forEach((field, message) -> {
            switch (field) {
                case "displayName" -> invalid(displayName, message);
                case "timeZone" -> invalid(timeZone, message);
                case "roles" -> invalid(roles, message);
                case "programs" -> invalid(programs, message);
                case "goalTopics" -> invalid(goalTopics, message);
                case "goalsText" -> invalid(goalsText, message);
                case "strengthTopics" -> invalid(strengthTopics, message);
                case "mentorCapacity" -> invalid(capacity, message);
                case "bio" -> invalid(bio, message);
                default -> {
                    if (!military.showProblem(field, message)) {
                        showError(message);
                    }
                }
            }
        });
        if (displayName.isInvalid()) {
            displayName.focus();
        }
    }

    void showError(String message) {
        formError.setText(formError.isVisible() ? formError.getText() + " " + message : message);
        formError.setVisible(true);
    }

    void clearProblems() {
        for (com.vaadin.flow.component.HasValidation field : new com.vaadin.flow.component.HasValidation[] {displayName,
                timeZone, roles, programs, goalTopics, goalsText, strengthTopics, capacity, bio}) {
            field.setInvalid(false);
        }
        military.clearProblems();
        formError.setVisible(false);
        formError.setText("");
    }

    static void invalid(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
