package com.mentorflow.notify;

import com.mentorflow.platform.ReaderZones;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Times;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;

/** Every mail the app wrote, newest first: captured ones can be read here when no SMTP server is configured. */
@Route("admin/outbox")
@PageTitle("Outbox · Mentorflow")
@Menu(title = "Outbox", order = 90, icon = "vaadin:envelopes-o")
@RolesAllowed(Roles.ADMIN_ROLE)
public class OutboxView extends VerticalLayout {

    private final Times times;

    public OutboxView(OutboxAdmin outbox, ReaderZones zones) {
        this.times = zones.forCurrentReader();
        setSizeFull();
        Grid<OutboxMessage> grid = new Grid<>();
        grid.setId("outbox-grid");
        grid.addColumn(m -> format(m.getCreatedAt())).setHeader("Written").setAutoWidth(true);
        grid.addColumn(OutboxMessage::getRecipient).setHeader("To").setAutoWidth(true);
        grid.addColumn(OutboxMessage::getSubject).setHeader("Subject").setFlexGrow(2);
        grid.addColumn(m -> m.getStatus().name().toLowerCase()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(OutboxMessage::getAttempts).setHeader("Attempts").setAutoWidth(true);
        grid.addColumn(m -> m.getLastError() == null ? "" : m.getLastError()).setHeader("Last error").setFlexGrow(1);
        grid.addComponentColumn(m -> {
            Button retry = new Button("Retry", click -> {
                outbox.retry(m.getId());
                click.getSource().setEnabled(false);
            });
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            retry.setVisible(m.getStatus() == OutboxMessage.Status.FAILED || m.getStatus() == OutboxMessage.Status.HELD);
            return retry;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(OutboxView::reading));
        grid.setEmptyStateText("No mail has been written yet.");
        grid.setItems(query -> outbox.newestFirst(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, outbox.count()));

        add(new H2("Outbox"),
                new Paragraph("Mail is stored here in the same transaction as the change that caused it and then "
                        + "delivered with retries. Select a row to read the message."),
                grid);
        expand(grid);
    }

    /**
     * The mail as its reader sees it. Its HTML is shown in a sandboxed frame: no script runs, no form is sent and no
     * link leaves the frame, whatever a name in the mail contains; the plain-text part is beside it.
     */
    static Component reading(OutboxMessage message) {
        Pre text = new Pre(message.getBody());
        if (message.getHtml() == null) {
            return text;
        }
        IFrame html = new IFrame();
        // An empty sandbox attribute takes every permission away (IFrame.setSandbox() with none leaves it off).
        html.getElement().setAttribute("sandbox", "");
        html.setSrcdoc(message.getHtml());
        html.getElement().setAttribute("title", "The mail as HTML");
        html.setWidth("100%");
        html.setHeight("28rem");
        html.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)");
        return new Div(html, new Details("Plain text", text));
    }

    private String format(Instant instant) {
        return instant == null ? "" : times.dateTime(instant);
    }
}
