package com.mentorflow.circles;

import com.mentorflow.circles.CircleMembership.Role;
import com.mentorflow.people.MeetingMode;
import com.mentorflow.people.ParticipantDirectory;
import com.mentorflow.people.Topics;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Map;

/** Anyone may propose a circle; they become its manager. The service checks every field and says what to fix. */
@Route("circles/propose")
@RolesAllowed(Roles.PARTICIPANT_ROLE)
public class ProposeCircleView extends VerticalLayout implements HasDynamicTitle {

    private final TextField name = new TextField(getTranslation("circles.propose.name"));
    private final MultiSelectComboBox<Integer> topics = new MultiSelectComboBox<>(getTranslation("circles.propose.topics"));
    private final TextArea description = new TextArea(getTranslation("circles.propose.description"));
    private final ComboBox<Integer> network = new ComboBox<>(getTranslation("circles.propose.network"));
    private final ComboBox<String> language = new ComboBox<>(getTranslation("circles.propose.language"));
    private final ComboBox<String> timeZone = new ComboBox<>(getTranslation("circles.propose.timeZone"));
    private final RadioButtonGroup<MeetingMode> meetingMode = new RadioButtonGroup<>(getTranslation("circles.propose.meetings"));
    private final IntegerField maxSize = new IntegerField(getTranslation("circles.propose.maxSize", Circles.MIN_SIZE, Circles.MAX_SIZE));
    private final RadioButtonGroup<Role> role = new RadioButtonGroup<>(getTranslation("circles.propose.role"));
    private final Paragraph error = new Paragraph();

    public ProposeCircleView(Circles circles, Topics topicList, AffinityNetworks networks, ParticipantDirectory people) {
        setMaxWidth("56rem");
        name.setId("circle-name");
        name.setMaxLength(Circles.MAX_NAME);
        name.setRequiredIndicatorVisible(true);
        topics.setId("circle-topics");
        topics.setItems(topicList.ids());
        topics.setItemLabelGenerator(id -> topicList.name(id, getLocale()));
        topics.setRequiredIndicatorVisible(true);
        description.setId("circle-description");
        description.setMaxLength(Circles.MAX_TEXT);
        description.setHelperText(getTranslation("circles.propose.descriptionHelp"));
        description.setRequiredIndicatorVisible(true);
        network.setItems(networks.all().keySet());
        network.setItemLabelGenerator(id -> networks.all().get(id));
        network.setClearButtonVisible(true);
        language.setId("circle-language");
        language.setItems(Circles.LANGUAGES.keySet());
        language.setItemLabelGenerator(code -> CircleWords.language(getLocale(), code));
        language.setValue("en");
        timeZone.setId("circle-zone");
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/")).sorted().toList());
        String username = CurrentUser.username();
        String myZone = people.findByUsername(username).map(p -> p.timeZone()).orElse(null);
        timeZone.setValue(myZone != null && ZoneId.getAvailableZoneIds().contains(myZone) ? myZone : null);
        meetingMode.setId("circle-mode");
        meetingMode.setItems(MeetingMode.values());
        meetingMode.setItemLabelGenerator(mode -> getTranslation("circles.propose.mode." + mode.name()));
        meetingMode.setValue(MeetingMode.VIDEO);
        maxSize.setId("circle-size");
        maxSize.setMin(Circles.MIN_SIZE);
        maxSize.setMax(Circles.MAX_SIZE);
        maxSize.setStepButtonsVisible(true);
        maxSize.setValue(8);
        role.setId("circle-role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("circles.propose.role." + r.name()));
        role.setValue(Role.MEMBER);
        error.addClassName("form-error");
        error.setId("propose-error");
        error.setVisible(false);

        Button propose = new Button(getTranslation("circles.propose.submit"), click -> {
            clearErrors();
            try {
                long id = circles.propose(username, new CircleProposal(name.getValue(), topics.getValue(), description.getValue(),
                        network.getValue(), language.getValue(), timeZone.getValue(), meetingMode.getValue(), maxSize.getValue(),
                        role.getValue()));
                Notification.show(getTranslation("circles.propose.done"), 5000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(CircleView.class, id));
            } catch (RejectedInputException e) {
                show(e.problems(getLocale()));
            } catch (NotPermittedException | ConflictException e) {
                error.setText(e.message(getLocale()));
                error.setVisible(true);
            }
        });
        propose.setId("propose-submit");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("circles.propose.back"), click -> getUI().ifPresent(ui -> ui.navigate(CirclesView.class)));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        FormLayout form = new FormLayout(name, topics, description, network, language, timeZone, meetingMode, maxSize, role);
        form.setColspan(description, 2);
        add(new H2(getTranslation("circles.propose.title")), new Paragraph(getTranslation("circles.propose.intro",
                CirclePlan.PUBLISH_WITHIN_WEEKS)), form, error,
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(propose, cancel));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("circles.propose.pageTitle");
    }

    private void show(Map<String, String> problems) {
        Map<String, HasValidation> fields = Map.of("name", name, "topics", topics, "description", description,
                "affinityNetwork", network, "language", language, "timeZone", timeZone, "maxSize", maxSize);
        StringBuilder rest = new StringBuilder();
        problems.forEach((field, message) -> {
            HasValidation input = fields.get(field);
            if (input != null) {
                input.setErrorMessage(message);
                input.setInvalid(true);
            } else {
                rest.append(message).append(' ');
            }
        });
        error.setText(rest.toString().strip());
        error.setVisible(!rest.isEmpty());
    }

    private void clearErrors() {
        for (HasValidation input : new HasValidation[] {name, topics, description, network, language, timeZone, maxSize}) {
            input.setInvalid(false);
        }
        error.setVisible(false);
    }
}
