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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.util.EnumMap;
import java.util.Map;

/** Admins tune how much each criterion counts per program; every change is audited and applies at once. */
@Route("admin/matching")
@Menu(title = "Matching weights", order = 85, icon = "vaadin:scale")
@RolesAllowed(Roles.ADMIN_ROLE)
public class MatchingWeightsView extends VerticalLayout implements HasDynamicTitle {

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
        program.setLabel(getTranslation("matching.weights.program"));
        program.setItems(Program.NEW_HIRE, Program.OPEN);
        program.setItemLabelGenerator(p -> getTranslation(p.textKey()));
        program.addValueChangeListener(change -> show());

        FormLayout form = new FormLayout();
        for (MatchingCriterion criterion : MatchingCriterion.values()) {
            IntegerField field = new IntegerField(getTranslation("matching.criterion." + criterion.name()));
            field.setMin(0);
            field.setMax(100);
            field.setStepButtonsVisible(true);
            field.setId("weight-" + criterion.name().toLowerCase());
            fields.put(criterion, field);
            form.add(field);
        }
        Button save = new Button(getTranslation("matching.weights.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        history.addColumn(row -> times.dateTime(((Timestamp) row.get("at")).toInstant()))
                .setHeader(getTranslation("matching.weights.column.when")).setAutoWidth(true);
        history.addColumn(row -> String.valueOf(row.get("actor")))
                .setHeader(getTranslation("matching.weights.column.who")).setAutoWidth(true);
        history.addColumn(row -> String.valueOf(row.get("details")))
                .setHeader(getTranslation("matching.weights.column.change")).setFlexGrow(1);
        history.setEmptyStateText(getTranslation("matching.weights.noChanges"));
        history.setAllRowsVisible(true);

        add(new H2(getTranslation("matching.weights.title")), new Paragraph(getTranslation("matching.weights.intro")),
                program, form, save, new H3(getTranslation("matching.weights.changes")), history);
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
            Notification.show(getTranslation("matching.weights.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show();
        } catch (RejectedInputException e) {
            e.problems(getLocale()).forEach((key, message) -> {
                try {
                    IntegerField field = fields.get(MatchingCriterion.valueOf(key));
                    // The field names its criterion already; the service's message names it for an API caller.
                    field.setErrorMessage(getTranslation("matching.weights.outOfRange"));
                    field.setInvalid(true);
                } catch (IllegalArgumentException notACriterion) {
                    Notification.show(message, 5000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            });
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matching.weights.pageTitle");
    }
}
