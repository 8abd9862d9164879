package com.mentorflow.people;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.RejectedInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/** A participant's own profile: edit it, download everything stored about them, or erase the account. */
@Route("profile")
@Menu(title = "My profile", order = 10, icon = "vaadin:user")
@RolesAllowed(com.mentorflow.platform.Roles.PARTICIPANT_ROLE)
public class ProfileView extends VerticalLayout implements HasDynamicTitle {

    public ProfileView(ProfileService profiles, PersonalDataExport export, AccountErasure erasure, Topics topics,
                       ObjectMapper json, AuthenticationContext authentication, PreferredLanguages languages) {
        String username = CurrentUser.username();
        setMaxWidth("60rem");
        ProfileForm form = new ProfileForm(topics);
        form.setAnswers(profiles.current(username));
        form.suggestBrowserTimeZone();

        Button save = new Button(getTranslation("people.profile.save"));
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            form.clearProblems();
            try {
                profiles.update(username, form.getAnswers());
                Notification.show(getTranslation("people.profile.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (RejectedInputException e) {
                form.showProblems(e.problems(getLocale()));
            } catch (NotPermittedException e) {
                form.showError(e.message(getLocale()));
            }
        });

        ObjectMapper pretty = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
        Anchor download = new Anchor((DownloadHandler) event -> {
            event.setFileName("mentorflow-my-data.json");
            event.setContentType("application/json");
            pretty.writeValue(event.getOutputStream(), export.export(username));
        }, getTranslation("people.profile.download"));
        download.setId("profile-download");

        Button erase = new Button(getTranslation("people.profile.erase"), click -> confirmErase(erasure, username, authentication));
        erase.setId("profile-erase");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);

        add(new H2(getTranslation("people.profile.title")), form, save, new LanguageChoice(languages, username), new H3(getTranslation("people.profile.yourData")),
                new Paragraph(getTranslation("people.profile.yourData.text")),
                new HorizontalLayout(download, erase));
    }

    private void confirmErase(AccountErasure erasure, String username, AuthenticationContext authentication) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("people.profile.erase.title"));
        dialog.add(new Paragraph(getTranslation("people.profile.erase.text")));
        Button confirm = new Button(getTranslation("people.profile.erase.confirm"), click -> {
            erasure.erase(username);
            dialog.close();
            authentication.logout();
        });
        confirm.setId("profile-erase-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("people.profile.erase.keep"), click -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.profile.pageTitle");
    }
}
