package com.mentorflow.insights;

import com.mentorflow.platform.ReaderZones;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Times;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Decisions waiting for a program manager (match requests, further circle terms, mentorships to check in on),
 * oldest first, and the circle rules managers overrode, to review.
 */
@Route("insights/approvals")
@PageTitle("Approvals · Mentorflow")
@Menu(title = "Approvals", order = 23, icon = "vaadin:check-square-o")
@RolesAllowed({Roles.PROGRAM_MANAGER_ROLE, Roles.ADMIN_ROLE})
public class ApprovalQueueView extends VerticalLayout {

    public ApprovalQueueView(ApprovalQueue queue, ReaderZones zones) {
        Times times = zones.forCurrentReader();
        setSizeFull();
        Grid<ApprovalQueue.Waiting> waiting = new Grid<>();
        waiting.setId("approval-queue");
        waiting.addColumn(ApprovalQueue.Waiting::task).setHeader("Decision").setAutoWidth(true);
        waiting.addColumn(ApprovalQueue.Waiting::subject).setHeader("About").setFlexGrow(1);
        waiting.addColumn(w -> times.dateTime(w.created())).setHeader("Waiting since").setAutoWidth(true);
        waiting.addComponentColumn(w -> new Anchor("tasks/" + w.taskId(), "Decide")).setAutoWidth(true).setFlexGrow(0);
        waiting.setEmptyStateText("No decision is waiting.");
        waiting.setItems(query -> queue.page(query.getOffset(), query.getLimit()).stream(), query -> (int) queue.count());

        Grid<ApprovalQueue.Override> overrides = new Grid<>();
        overrides.setId("circle-overrides");
        overrides.setAllRowsVisible(true);
        overrides.addColumn(o -> times.dateTime(o.at())).setHeader("When").setAutoWidth(true);
        overrides.addColumn(ApprovalQueue.Override::manager).setHeader("Circle manager").setAutoWidth(true);
        overrides.addColumn(ApprovalQueue.Override::details).setHeader("What was overridden").setFlexGrow(1);
        overrides.setEmptyStateText("No circle rule was overridden.");
        overrides.setItems(queue.recentOverrides(50));
        com.vaadin.flow.component.html.Span progress = new com.vaadin.flow.component.html.Span();
        Anchor export = CsvDownload.link("Export CSV", "approvals.csv", progress, times.zone(), queue::writeCsv);
        add(new H2("Approvals"), new com.vaadin.flow.component.orderedlayout.HorizontalLayout(export, progress), waiting, new H3("Circle rules overridden by their managers"),
                new Paragraph("Third advisors and advisors not above the members, approved with an explicit override."), overrides);
        setFlexGrow(1, waiting);
    }
}
