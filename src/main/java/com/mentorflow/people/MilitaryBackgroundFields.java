package com.mentorflow.people;

import static com.mentorflow.people.FormTexts.text;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The profile's optional military-background section, with its privacy promise; the details only show once a
 * relation to service is chosen.
 */
class MilitaryBackgroundFields extends VerticalLayout {

    /** The promise; the matching module keeps it (tested in MilitaryPrivacyTest). */
    static final String SERVICE_PRIVACY = com.mentorflow.platform.Texts.text(com.mentorflow.platform.Languages.ENGLISH,
            "people.military.privacy");

    private final Select<MilitaryBackground.Relation> relation = new Select<>();
    private final ComboBox<String> branch = new ComboBox<>(text("people.military.branch"));
    private final IntegerField yearsServed = new IntegerField(text("people.military.yearsServed"));
    private final Select<MilitaryBackground.RankBand> rankBand = new Select<>();
    private final TextField specialty = new TextField(text("people.military.specialty"));
    private final IntegerField transitionYear = new IntegerField(text("people.military.transitionYear"));
    private final Checkbox showMilitary = new Checkbox(text("people.military.show"));
    private final FormLayout details;

    MilitaryBackgroundFields() {
        setPadding(false);
        setSpacing(false);
        relation.setId("profile-service-relation");
        relation.setLabel(text("people.military.relation"));
        relation.setItems(MilitaryBackground.Relation.values());
        relation.setItemLabelGenerator(value -> text("people.military.relation." + value.name()));
        relation.setValue(MilitaryBackground.Relation.NONE);
        branch.setId("profile-service-branch");
        branch.setItems(MilitaryBackground.KNOWN_BRANCHES);
        branch.setAllowCustomValue(true);
        branch.addCustomValueSetListener(event -> branch.setValue(event.getDetail()));
        rankBand.setLabel(text("people.military.rankBand"));
        rankBand.setItems(MilitaryBackground.RankBand.values());
        rankBand.setItemLabelGenerator(band -> band == null ? text("people.military.notGiven")
                : text("people.military.rankBand." + band.name()));
        rankBand.setEmptySelectionAllowed(true);
        rankBand.setEmptySelectionCaption(text("people.military.notGiven"));
        yearsServed.setMin(0);
        yearsServed.setMax(60);
        transitionYear.setMin(1950);
        showMilitary.setId("profile-show-military");
        showMilitary.setHelperText(text("people.military.show.help"));
        details = new FormLayout(branch, yearsServed, rankBand, specialty, transitionYear, showMilitary);
        details.setVisible(false);
        Paragraph privacy = new Paragraph(text("people.military.privacy"));
        privacy.addClassName("privacy-note");
        relation.addValueChangeListener(change -> details.setVisible(connected(change.getValue())));
        add(new H3(text("people.military.title")), privacy, new FormLayout(relation), details);
    }

    private static boolean connected(MilitaryBackground.Relation value) {
        return value != null && value != MilitaryBackground.Relation.NONE;
    }

    void setValue(MilitaryBackground background, boolean showToOthers) {
        MilitaryBackground service = background == null ? MilitaryBackground.NONE : background;
        relation.setValue(service.relation() == null ? MilitaryBackground.Relation.NONE : service.relation());
        branch.setValue(service.branch());
        yearsServed.setValue(service.yearsServed());
        rankBand.setValue(service.rankBand());
        specialty.setValue(service.specialty() == null ? "" : service.specialty());
        transitionYear.setValue(service.transitionYear());
        showMilitary.setValue(showToOthers);
    }

    MilitaryBackground getValue() {
        return connected(relation.getValue())
                ? new MilitaryBackground(relation.getValue(), branch.getValue(), yearsServed.getValue(), rankBand.getValue(),
                        specialty.getValue(), transitionYear.getValue())
                : MilitaryBackground.NONE;
    }

    /** Only a background that is there can be shown; clearing the relation also withdraws the permission. */
    boolean showsToOthers() {
        return getValue().connected() && showMilitary.getValue();
    }

    /** Shows the domain's message at its field; false when the field is not one of this section's. */
    boolean showProblem(String field, String message) {
        HasValidation target = switch (field) {
            case "military.yearsServed" -> yearsServed;
            case "military.transitionYear" -> transitionYear;
            case "military.branch" -> branch;
            case "military.specialty" -> specialty;
            default -> null;
        };
        if (target == null) {
            return false;
        }
        ProfileForm.invalid(target, message);
        return true;
    }

    void clearProblems() {
        for (HasValidation field : new HasValidation[] {yearsServed, transitionYear, branch, specialty}) {
            field.setInvalid(false);
        }
    }
}
