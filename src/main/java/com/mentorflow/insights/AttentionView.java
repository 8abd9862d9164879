package com.mentorflow.insights;

import com.mentorflow.circles.CircleDirectory;
import com.mentorflow.circles.CircleManagement;
import com.mentorflow.journey.JourneyService;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.ReaderZones;
import com.mentorflow.platform.Refusals;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Times;
import com.mentorflow.ui.Card;
import com.mentorflow.ui.CardGrid;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Map;

/** What needs a program manager now, list by list, each row with its action; every list exports to CSV. */
@Route("insights/attention")
@Menu(title = "Needs attention", order = 22, icon = "vaadin:warning")
@RolesAllowed({Roles.PROGRAM_MANAGER_ROLE, Roles.ADMIN_ROLE})
public class AttentionView extends VerticalLayout implements HasDynamicTitle {

    private final Times times;

    private final AttentionLists lists;
    private final JourneyService journey;
    private final CircleManagement circles;
    private final CircleDirectory circleDirectory;
    private final Map<AttentionLists.Kind, Grid<AttentionLists.Item>> grids = new EnumMap<>(AttentionLists.Kind.class);

    public AttentionView(AttentionLists lists, JourneyService journey, CircleManagement circles, CircleDirectory circleDirectory,
                         ReaderZones zones) {
        this.times = zones.forCurrentReader();
        this.lists = lists;
        this.journey = journey;
        this.circles = circles;
        this.circleDirectory = circleDirectory;
        setSizeFull();
        TabSheet tabs = new TabSheet();
        tabs.setId("attention-tabs");
        tabs.setSizeFull();
        for (AttentionLists.Kind kind : AttentionLists.Kind.values()) {
            tabs.add(getTranslation("insights.attention.tab", getTranslation(kind.textKey()), lists.count(kind)), list(kind));
        }
        add(new H2(getTranslation("insights.attention.title")), tabs);
        setFlexGrow(1, tabs);
    }

    private VerticalLayout list(AttentionLists.Kind kind) {
        Grid<AttentionLists.Item> grid = new Grid<>();
        grid.setId("attention-" + kind.name().toLowerCase());
        grid.addColumn(i -> i.about().in(getLocale())).setHeader(getTranslation("insights.attention.column.about")).setFlexGrow(2);
        grid.addColumn(i -> i.why().in(getLocale())).setHeader(getTranslation("insights.attention.column.why")).setFlexGrow(2);
        grid.addColumn(i -> i.since() == null ? "" : times.dateTime(i.since()))
                .setHeader(getTranslation("insights.attention.column.since")).setAutoWidth(true);
        grid.addComponentColumn(item -> actions(item)).setHeader("").setAutoWidth(true).setFlexGrow(0);
        CardGrid<AttentionLists.Item> items = new CardGrid<>(grid, this::card);
        items.setEmptyStateText(getTranslation("insights.attention.empty"));
        items.setItems(DataProvider.fromCallbacks(query -> lists.page(kind, query.getOffset(), query.getLimit()).stream(),
                query -> lists.count(kind)));
        grids.put(kind, grid);
        Span progress = new Span();
        Anchor export = CsvDownload.link(getTranslation("insights.export.link"), "attention-" + kind.name().toLowerCase() + ".csv", progress, times.zone(),
                (csv, written) -> lists.writeCsv(kind, csv, written));
        VerticalLayout list = new VerticalLayout(new HorizontalLayout(export, progress), items);
        list.setSizeFull();
        list.setPadding(false);
        list.setFlexGrow(1, items);
        return list;
    }

    /** On a phone: what and why, since when; the card opens the item's page where it has one, the actions below. */
    private Card card(AttentionLists.Item item) {
        String about = item.about().in(getLocale());
        Card card = item.link() == null ? Card.of(about) : Card.linkingTo(about, item.link());
        HorizontalLayout actions = actions(item);
        actions.getChildren().filter(Anchor.class::isInstance).toList().forEach(actions::remove);
        return card.about(item.why().in(getLocale())).fact(item.since() == null ? "" : getTranslation("insights.attention.since", times.dateTime(item.since())))
                .actions(actions);
    }

    private HorizontalLayout actions(AttentionLists.Item item) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (item.link() != null) {
            actions.add(new Anchor(item.link(), getTranslation("insights.attention.open")));
        }
        actions.add(small(getTranslation("insights.attention.nudge"), () -> nudge(item)));
        switch (item.kind()) {
            case MENTORSHIPS, MODULES, LEAVERS -> actions.add(small(getTranslation("insights.attention.end"), () -> endMentorship(item)));
            case UNPUBLISHED -> {
                actions.add(small(getTranslation("insights.attention.reassign"), () -> reassign(item)));
                actions.add(small(getTranslation("insights.attention.cancel"), () -> cancelCircle(item)));
            }
            case RENEWALS -> actions.add(small(getTranslation("insights.attention.reassign"), () -> reassign(item)));
            default -> { }
        }
        return actions;
    }

    private void nudge(AttentionLists.Item item) {
        TextArea message = new TextArea(getTranslation("insights.attention.nudge.message"));
        message.setValue(getTranslation("insights.attention.nudge.draft", item.why().in(getLocale())));
        ask(getTranslation("insights.attention.nudge.title", item.about().in(getLocale())), message, getTranslation("insights.attention.nudge.send"),
                () -> lists.nudge(CurrentUser.username(), item, message.getValue()), getTranslation("insights.attention.nudge.done"));
    }

    private void endMentorship(AttentionLists.Item item) {
        TextArea reason = new TextArea(getTranslation("insights.attention.end.reason"));
        ask(getTranslation("insights.attention.end.title", item.about().in(getLocale())), reason, getTranslation("insights.attention.end.confirm"),
                () -> journey.endEarly(CurrentUser.username(), item.id(), reason.getValue()),
                getTranslation("insights.attention.end.done"));
    }

    private void cancelCircle(AttentionLists.Item item) {
        TextArea reason = new TextArea(getTranslation("insights.attention.cancel.reason"));
        ask(getTranslation("insights.attention.cancel.title", item.about().in(getLocale())), reason,
                getTranslation("insights.attention.cancel.confirm"),
                () -> circles.cancel(CurrentUser.username(), item.id(), reason.getValue()),
                getTranslation("insights.attention.cancel.done"));
    }

    private void reassign(AttentionLists.Item item) {
        Select<CircleDirectory.Member> member = new Select<>();
        member.setLabel(getTranslation("insights.attention.reassign.label"));
        member.setItems(circleDirectory.members(item.id()).stream().filter(m -> !m.manager()).toList());
        member.setItemLabelGenerator(m -> m == null ? "" : getTranslation("insights.attention.reassign.member", m.name(),
                getTranslation("circles.role." + m.role().name())));
        ask(getTranslation("insights.attention.reassign.title", item.about().in(getLocale())), member,
                getTranslation("insights.attention.reassign.confirm"), () -> {
                    if (member.getValue() == null) {
                        throw new RejectedInputException("manager", getTranslation("insights.attention.reassign.choose"));
                    }
                    circles.reassignManager(CurrentUser.username(), item.id(), member.getValue().accountId());
                }, getTranslation("insights.attention.reassign.done"));
    }

    private void ask(String title, com.vaadin.flow.component.Component input, String confirmText, Runnable command, String done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.setWidth("min(32rem, 95vw)");
        Paragraph error = Refusals.errorText("attention-error");
        if (input instanceof TextArea area) {
            area.setWidthFull();
            area.setMaxLength(1000);
        }
        Button confirm = new Button(confirmText, click -> Refusals.attempt(error, () -> {
            command.run();
            dialog.close();
            Notification.show(done, 3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            lists.recount();
            grids.values().forEach(g -> g.getDataProvider().refreshAll());
        }));
        confirm.setId("attention-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(input, error);
        dialog.getFooter().add(new Button(getTranslation("insights.attention.close"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private static Button small(String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("insights.attention.pageTitle");
    }
}
