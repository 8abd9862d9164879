package com.mentorflow.matching;

import com.mentorflow.people.Program;
import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.ReaderZones;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Times;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.Map;

/** Admins tune how much each criterion counts per program; every change is audited and applies at once. */
@Route("admin/matching")
@PageTitle("Matching weights · Mentorflow")
@Menu(title = "Matching weights", order = 85, icon = "vaadin:scale")
@RolesAllowed(Roles.ADMIN_ROLE)
public class MatchingWeightsView extends VerticalLayout {

    private final MatchingWeights weights;
    private final AuditLog audit;
    private final Select<Program> program = new Select<>();
    private final Map<MatchingCriterion, IntegerField> fields = new EnumMap<>(MatchingCriterion.class);
    private final Grid<Map<String, Object>> history = new Grid<>();

    public MatchingWeightsView(MatchingWeights weights, AuditLog audit, ReaderZones zones) {
        Times times = zones.forCurrentReader();
        this.weights = weights;
        this.audit = audit;
        setMaxWidth("60rem");
        program.setLabel("Program");
        program.setItems(Program.NEW_HIRE, Program.OPEN);
        program.setItemLabelGenerator(Program::label);
        program.addValueChangeListener(change -> show());

        FormLayout form = new FormLayout();
        for (MatchingCriterion criterion : MatchingCriterion.values()) {
            IntegerField field = new IntegerField(criterion.label());
            field.setMin(0);
            field.setMax(100);
            field.setStepButtonsVisible(true);
            field.setId("weight-" + criterion.name().toLowerCase());
            fields.put(criterion, field);
            form.add(field);
        }
        Button save = new Button("Save weights", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        history.addColumn(row -> times.dateTime(((Timestamp) row.get("at")).toInstant())).setHeader("When").setAutoWidth(true);
        history.addColumn(row -> String.valueOf(row.get("actor"))).setHeader("Who").setAutoWidth(true);
        history.addColumn(row -> String.valueOf(row.get("details"))).setHeader("Change").setFlexGrow(1);
        history.setEmptyStateText("The weights have not been changed yet.");
        history.setAllRowsVisible(true);

        add(new H2("Matching weights"),
                new Paragraph("Each criterion counts with its weight (0–100) towards a suggestion's score. Hard rules "
                        + "(capacity, accepting requests, program rules) are not weights: they always apply."),
                program, form, save, new H3("Changes"), history);
        program.setValue(Program.NEW_HIRE);
    }

    private void show() {
        weights.of(program.getValue()).forEach((criterion, weight) -> {
            fields.get(criterion).setValue(weight);
            fields.get(criterion).setInvalid(false);
        });
        history.setItems(audit.latest("matching-weights-changed", 20));
    }

    private void save() {
        Map<MatchingCriterion, Integer> changed = new EnumMap<>(MatchingCriterion.class);
        fields.forEach((criterion, field) -> changed.put(criterion, field.getValue()));
        try {
            weights.update(program.getValue(), changed, CurrentUser.username());
            Notification.show("Saved: suggestions use the new weights now.", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show();
        } catch (RejectedInputException e) {
            e.problems().forEach((key, message) -> {
                try {
                    IntegerField field = fields.get(MatchingCriterion.valueOf(key));
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                } catch (IllegalArgumentException notACriterion) {
                    Notification.show(message, 5000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            });
        }
    }
}
