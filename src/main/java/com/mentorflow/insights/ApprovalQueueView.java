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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Decisions waiting for a program manager (match requests, further circle terms, mentorships to check in on),
 * oldest first, and the circle rules managers overrode, to review.
 */
@Route("insights/approvals")
@Menu(title = "Approvals", order = 23, icon = "vaadin:check-square-o")
@RolesAllowed({Roles.PROGRAM_MANAGER_ROLE, Roles.ADMIN_ROLE})
public class ApprovalQueueView extends VerticalLayout implements HasDynamicTitle {

    public ApprovalQueueView(ApprovalQueue queue, ReaderZones zones) {
        Times times = zones.forCurrentReader();
        setSizeFull();
        Grid<ApprovalQueue.Waiting> waiting = new Grid<>();
        waiting.setId("approval-queue");
        waiting.addColumn(ApprovalQueue.Waiting::task).setHeader(getTranslation("insights.approvals.column.decision"))
                .setAutoWidth(true);
        waiting.addColumn(ApprovalQueue.Waiting::subject).setHeader(getTranslation("insights.approvals.column.about")).setFlexGrow(1);
        waiting.addColumn(w -> times.dateTime(w.created())).setHeader(getTranslation("insights.approvals.column.waitingSince"))
                .setAutoWidth(true);
        waiting.addComponentColumn(w -> new Anchor("tasks/" + w.taskId(), getTranslation("insights.approvals.decide")))
                .setAutoWidth(true).setFlexGrow(0);
        waiting.setEmptyStateText(getTranslation("insights.approvals.empty"));
        waiting.setItems(query -> queue.page(query.getOffset(), query.getLimit()).stream(), query -> (int) queue.count());

        Grid<ApprovalQueue.Override> overrides = new Grid<>();
        overrides.setId("circle-overrides");
        overrides.setAllRowsVisible(true);
        overrides.addColumn(o -> times.dateTime(o.at())).setHeader(getTranslation("insights.approvals.overrides.column.when"))
                .setAutoWidth(true);
        overrides.addColumn(ApprovalQueue.Override::manager)
                .setHeader(getTranslation("insights.approvals.overrides.column.manager")).setAutoWidth(true);
        overrides.addColumn(ApprovalQueue.Override::details)
                .setHeader(getTranslation("insights.approvals.overrides.column.details")).setFlexGrow(1);
        overrides.setEmptyStateText(getTranslation("insights.approvals.overrides.empty"));
        overrides.setItems(queue.recentOverrides(50));
        com.vaadin.flow.component.html.Span progress = new com.vaadin.flow.component.html.Span();
        Anchor export = CsvDownload.link(getTranslation("insights.export.link"), "approvals.csv", progress, times.zone(),
                queue::writeCsv);
        add(new H2(getTranslation("insights.approvals.title")),
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(export, progress), waiting,
                new H3(getTranslation("insights.approvals.overrides.title")),
                new Paragraph(getTranslation("insights.approvals.overrides.hint")), overrides);
        setFlexGrow(1, waiting);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("insights.approvals.pageTitle");
    }
}
