package com.mentorflow.matching;

import com.mentorflow.people.Program;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.Refusals;
import com.mentorflow.platform.Roles;
import com.mentorflow.ui.NameAvatar;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** "Find a mentor": ranked suggestion cards with the reasons, and bookmarks. */
@Route("mentors")
@Menu(title = "Find a mentor", order = 5, icon = "vaadin:search")
@RolesAllowed(Roles.PARTICIPANT_ROLE)
public class SuggestionsView extends VerticalLayout implements HasDynamicTitle {

    private static final int SHOWN = 10;

    private final MentorSuggestions suggestions;
    private final MatchRequests requests;
    private final String username;
    private final Select<Program> program = new Select<>();
    private final FlexLayout cards = new FlexLayout();
    private final Paragraph message = new Paragraph();

    public SuggestionsView(MentorSuggestions suggestions, MatchRequests requests) {
        this.suggestions = suggestions;
        this.requests = requests;
        this.username = CurrentUser.username();
        addClassName("suggestions-view");

        List<Program> programs = suggestions.programsOf(username);
        program.setId("suggestions-program");
        program.setLabel(getTranslation("matching.suggestions.program"));
        program.setWidth("20rem");
        program.setItems(programs);
        program.setItemLabelGenerator(p -> getTranslation(p.textKey()));
        program.addValueChangeListener(change -> refresh());
        cards.setId("suggestion-cards");
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassName("suggestion-cards");
        message.setId("suggestions-message");

        add(new H2(getTranslation("matching.suggestions.title")));
        if (programs.isEmpty()) {
            message.setText(getTranslation("matching.suggestions.notLooking"));
            add(message);
            return;
        }
        add(program, message, cards);
        program.setValue(programs.get(0));
    }

    private void refresh() {
        cards.removeAll();
        message.setText("");
        if (program.getValue() == null) {
            return;
        }
        Refusals.run(() -> {
            List<Suggestion> ranked = suggestions.forMentee(username, program.getValue(), SHOWN);
            if (ranked.isEmpty()) {
                message.setText(getTranslation("matching.suggestions.none"));
            }
            ranked.forEach(suggestion -> cards.add(card(suggestion)));
        }).ifPresent(message::setText);
    }

    private void askDialog(Suggestion suggestion) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("matching.ask.title", suggestion.name()));
        TextArea note = new TextArea(getTranslation("matching.ask.note"));
        note.setId("request-note");
        note.setWidth("min(32rem, 80vw)");
        note.setMinLength(MatchRequests.MIN_NOTE);
        note.setMaxLength(MatchRequests.MAX_NOTE);
        note.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        note.setHelperText(getTranslation("matching.ask.noteRange", MatchRequests.MIN_NOTE, MatchRequests.MAX_NOTE));
        note.addValueChangeListener(change -> note.setHelperText(getTranslation("matching.ask.noteCount",
                change.getValue().length(), MatchRequests.MAX_NOTE, MatchRequests.MIN_NOTE)));
        Select<Integer> length = new Select<>();
        length.setLabel(getTranslation("matching.ask.length"));
        length.setId("request-length");
        length.setItems(java.util.stream.IntStream.rangeClosed(MatchRequests.MIN_LENGTH, MatchRequests.MAX_LENGTH).boxed().toList());
        length.setValue(MatchRequests.MAX_LENGTH);
        length.setHelperText(getTranslation("matching.ask.lengthHelp"));
        length.setVisible(program.getValue() == Program.OPEN);
        Button send = new Button(getTranslation("matching.ask.send"), click -> {
            Refusals.run(() -> {
                requests.send(username, suggestion.mentorAccountId(), program.getValue(), note.getValue(), length.getValue());
                dialog.close();
                Notification.show(getTranslation("matching.ask.sent", suggestion.name()),
                        5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            }).ifPresent(refusal -> {
                note.setErrorMessage(refusal);
                note.setInvalid(true);
            });
        });
        send.setId("request-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(note, length));
        dialog.getFooter().add(new Button(getTranslation("matching.ask.cancel"), click -> dialog.close()), send);
        dialog.open();
        note.focus();
    }

    private Div card(Suggestion suggestion) {
        Div card = new Div();
        card.addClassName("suggestion-card");
        Span score = new Span(getTranslation("matching.suggestions.score", suggestion.score()));
        score.getElement().getThemeList().add("badge success");
        score.addClassName("suggestion-score");
        H3 name = new H3(suggestion.name());
        Avatar avatar = NameAvatar.of(suggestion.name());
        avatar.addThemeVariants(AvatarVariant.LUMO_SMALL);
        avatar.addClassName("suggestion-avatar");
        com.vaadin.flow.component.orderedlayout.HorizontalLayout who = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(avatar, name);
        who.setAlignItems(Alignment.CENTER);
        who.addClassName("suggestion-who");
        Span role = new Span(String.join(" · ", List.of(suggestion.role(), suggestion.site() == null ? "" : suggestion.site())
                .stream().filter(part -> !part.isBlank()).toList()));
        role.addClassName("suggestion-role");
        UnorderedList reasons = new UnorderedList();
        reasons.addClassName("suggestion-reasons");
        suggestion.reasons().forEach(reason -> reasons.add(new ListItem(reason.in(getLocale()))));
        Button bookmark = new Button(getTranslation(suggestion.bookmarked() ? "matching.suggestions.bookmarked" : "matching.suggestions.bookmark"),
                (suggestion.bookmarked() ? VaadinIcon.BOOKMARK : VaadinIcon.BOOKMARK_O).create());
        bookmark.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        bookmark.getElement().setAttribute("aria-label",
                getTranslation(suggestion.bookmarked() ? "matching.suggestions.unbookmarkFor" : "matching.suggestions.bookmarkFor",
                        suggestion.name()));
        bookmark.addClickListener(click -> {
            suggestions.bookmark(username, suggestion.mentorAccountId(), !suggestion.bookmarked());
            refresh();
        });
        Button ask = new Button(getTranslation("matching.suggestions.ask"), click -> askDialog(suggestion));
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        ask.addClassName("suggestion-ask");
        card.add(score, who, role, reasons, new com.vaadin.flow.component.orderedlayout.HorizontalLayout(ask, bookmark));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matching.suggestions.pageTitle");
    }
}
