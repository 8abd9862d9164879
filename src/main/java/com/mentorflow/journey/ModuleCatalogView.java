package com.mentorflow.journey;

import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.Refusals;
import com.mentorflow.platform.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/** Admins edit the year-one modules: text, release month, action items, resources and mentor insight. */
@Route("admin/modules")
@PageTitle("Modules · Mentorflow")
@Menu(title = "Modules", order = 82, icon = "vaadin:book")
@RolesAllowed(Roles.ADMIN_ROLE)
public class ModuleCatalogView extends VerticalLayout {

    private final ModuleCatalog catalog;
    private final Grid<LearningModule> grid = new Grid<>();
    private final TextField title = new TextField("Title");
    private final TextArea summary = new TextArea("Summary");
    private final IntegerField releaseMonth = new IntegerField("Released in month (0–11)");
    private final IntegerField minutes = new IntegerField("Estimated minutes");
    private final TextArea actionItems = new TextArea("Action items (one per line)");
    private final TextArea resources = new TextArea("Resources (kind|title|link per line)");
    private final TextArea insight = new TextArea("Mentor insight");
    private final Paragraph error = Refusals.errorText();
    private LearningModule editing;

    public ModuleCatalogView(ModuleCatalog catalog) {
        this.catalog = catalog;
        setMaxWidth("72rem");
        grid.setId("modules-grid");
        grid.addColumn(LearningModule::number).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LearningModule::title).setHeader("Title").setFlexGrow(1);
        grid.addColumn(LearningModule::releaseMonth).setHeader("Month").setAutoWidth(true);
        grid.addColumn(LearningModule::estimatedMinutes).setHeader("Minutes").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> edit(change.getValue()));
        Button save = new Button("Save module", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(title, releaseMonth, minutes, summary, actionItems, resources, insight);
        add(new H2("Year-one modules"), new Paragraph("Changes apply to modules released from now on, in running "
                + "mentorships too."), grid, form, error, save);
        grid.setItems(catalog.all());
        edit(catalog.all().get(0));
    }

    private void edit(LearningModule module) {
        if (module == null) {
            return;
        }
        editing = module;
        title.setValue(module.title());
        summary.setValue(module.summary());
        releaseMonth.setValue(module.releaseMonth());
        minutes.setValue(module.estimatedMinutes());
        actionItems.setValue(String.join("\n", module.actionItems()));
        resources.setValue(module.resources().stream().map(r -> r.kind() + "|" + r.title() + "|" + r.link())
                .collect(Collectors.joining("\n")));
        insight.setValue(module.mentorInsight());
    }

    private void save() {
        if (Refusals.attempt(error, () -> catalog.update(editing.number(), title.getValue(), summary.getValue(),
                releaseMonth.getValue(), minutes.getValue(), actionItems.getValue(), resources.getValue(), insight.getValue(),
                CurrentUser.username()))) {
            Notification.show("Module " + editing.number() + " saved.", 3000, Notification.Position.BOTTOM_START);
            grid.setItems(catalog.all());
        }
    }
}
