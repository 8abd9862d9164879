package com.mentorflow.tasks;

import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.ReaderZones;
import com.mentorflow.platform.Times;
import com.mentorflow.ui.Card;
import com.mentorflow.ui.CardGrid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;

/** The signed-in person's open tasks, due first; pages lazily so it stays fast with many tasks. */
@Route("")
@RouteAlias("inbox")
@Menu(title = "My tasks", order = 0, icon = "vaadin:inbox")
@PermitAll
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    private final Times times;

    public InboxView(InboxService inbox, java.util.List<DashboardSection> sections, ReaderZones zones) {
        this.times = zones.forCurrentReader();
        String username = CurrentUser.username();
        setSizeFull();
        addClassName("inbox-view");

        Grid<InboxTask> grid = new Grid<>();
        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(InboxTask::name).setHeader(getTranslation("tasks.inbox.column.task")).setFlexGrow(2);
        grid.addColumn(InboxTask::subject).setHeader(getTranslation("tasks.inbox.column.about")).setFlexGrow(2);
        grid.addColumn(task -> format(task.created())).setHeader(getTranslation("tasks.inbox.column.created")).setAutoWidth(true);
        grid.addColumn(task -> task.due() == null ? getTranslation("tasks.inbox.noDueDate") : format(task.due()))
                .setHeader(getTranslation("tasks.inbox.column.due")).setAutoWidth(true);
        grid.addComponentColumn(task -> {
            Button open = new Button(getTranslation("tasks.inbox.open"), click -> open(task));
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            open.getElement().setAttribute("aria-label", getTranslation("tasks.inbox.openTask", task.name()));
            return open;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addItemDoubleClickListener(event -> open(event.getItem()));
        // On a phone each task is a card, and the whole card opens the task.
        CardGrid<InboxTask> tasks = new CardGrid<>(grid, task -> Card.linkingTo(task.name(), TaskView.class, task.id())
                .about(task.subject()).fact(task.due() == null ? getTranslation("tasks.inbox.noDueDate")
                        : getTranslation("tasks.inbox.dueOn", format(task.due()))));
        tasks.setEmptyStateText(getTranslation("tasks.inbox.empty"));
        tasks.setItems(DataProvider.fromCallbacks(query -> inbox.page(username, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, inbox.count(username))));

        sections.stream().sorted(java.util.Comparator.comparingInt(DashboardSection::order))
                .forEach(section -> section.create(username).ifPresent(this::add));
        add(new H2(getTranslation("tasks.inbox.title")), tasks);
        expand(tasks);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tasks.inbox.pageTitle");
    }

    private void open(InboxTask task) {
        getUI().ifPresent(ui -> ui.navigate(TaskView.class, task.id()));
    }

    private String format(Instant instant) {
        return instant == null ? "" : times.dateTime(instant);
    }
}
