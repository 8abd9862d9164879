package com.mentorflow.notify;

import com.mentorflow.platform.ReaderZones;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Texts;
import com.mentorflow.platform.Times;
import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Locale;

/** Every mail the app wrote, newest first: captured ones can be read here when no SMTP server is configured. */
@Route("admin/outbox")
@Menu(title = "Outbox", order = 90, icon = "vaadin:envelopes-o")
@RolesAllowed(Roles.ADMIN_ROLE)
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    private final Times times;

    public OutboxView(OutboxAdmin outbox, ReaderZones zones) {
        this.times = zones.forCurrentReader();
        setSizeFull();
        Grid<OutboxMessage> grid = new Grid<>();
        grid.setId("outbox-grid");
        grid.addColumn(m -> format(m.getCreatedAt())).setHeader(getTranslation("notify.outbox.column.written")).setAutoWidth(true);
        grid.addColumn(OutboxMessage::getRecipient).setHeader(getTranslation("notify.outbox.column.to")).setAutoWidth(true);
        grid.addColumn(OutboxMessage::getSubject).setHeader(getTranslation("notify.outbox.column.subject")).setFlexGrow(2);
        grid.addColumn(m -> getTranslation("notify.outbox.status." + m.getStatus().name()))
                .setHeader(getTranslation("notify.outbox.column.status")).setAutoWidth(true);
        grid.addColumn(OutboxMessage::getAttempts).setHeader(getTranslation("notify.outbox.column.attempts")).setAutoWidth(true);
        grid.addColumn(m -> m.getLastError() == null ? "" : m.getLastError()).setHeader(getTranslation("notify.outbox.column.lastError")).setFlexGrow(1);
        grid.addComponentColumn(m -> {
            Button retry = new Button(getTranslation("notify.outbox.retry"), click -> {
                outbox.retry(m.getId());
                click.getSource().setEnabled(false);
            });
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            retry.setVisible(m.getStatus() == OutboxMessage.Status.FAILED || m.getStatus() == OutboxMessage.Status.HELD);
            return retry;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(OutboxView::reading));
        grid.setEmptyStateText(getTranslation("notify.outbox.empty"));
        grid.setItems(query -> outbox.newestFirst(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, outbox.count()));

        add(new H2(getTranslation("notify.outbox.title")), new Paragraph(getTranslation("notify.outbox.intro")), grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notify.outbox.pageTitle");
    }

    /**
     * The mail as its reader sees it. Its HTML is shown in a sandboxed frame: no script runs, no form is sent and no
     * link leaves the frame, whatever a name in the mail contains; the plain-text part is beside it.
     */
    static Component reading(OutboxMessage message) {
        Locale reader = UI.getCurrent() == null ? null : UI.getCurrent().getLocale();
        Pre text = new Pre(message.getBody());
        if (message.getHtml() == null) {
            return text;
        }
        IFrame html = new IFrame();
        // An empty sandbox attribute takes every permission away (IFrame.setSandbox() with none leaves it off).
        html.getElement().setAttribute("sandbox", "");
        html.setSrcdoc(message.getHtml());
        html.getElement().setAttribute("title", Texts.text(reader, "notify.outbox.html"));
        html.setWidth("100%");
        html.setHeight("28rem");
        html.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)");
        return new Div(html, new Details(Texts.text(reader, "notify.outbox.plainText"), text));
    }

    private String format(Instant instant) {
        return instant == null ? "" : times.dateTime(instant);
    }
}
