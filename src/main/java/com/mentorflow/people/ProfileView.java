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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/** A participant's own profile: edit it, download everything stored about them, or erase the account. */
@Route("profile")
@PageTitle("My profile · Mentorflow")
@Menu(title = "My profile", order = 10, icon = "vaadin:user")
@RolesAllowed(com.mentorflow.platform.Roles.PARTICIPANT_ROLE)
public class ProfileView extends VerticalLayout {

    public ProfileView(ProfileService profiles, PersonalDataExport export, AccountErasure erasure, Topics topics,
                       ObjectMapper json, AuthenticationContext authentication, PreferredLanguages languages) {
        String username = CurrentUser.username();
        setMaxWidth("60rem");
        ProfileForm form = new ProfileForm(topics);
        form.setAnswers(profiles.current(username));
        form.suggestBrowserTimeZone();

        Button save = new Button("Save profile");
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            form.clearProblems();
            try {
                profiles.update(username, form.getAnswers());
                Notification.show("Your profile is saved.", 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (RejectedInputException e) {
                form.showProblems(e.problems());
            } catch (NotPermittedException e) {
                form.showError(e.getMessage());
            }
        });

        ObjectMapper pretty = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
        Anchor download = new Anchor((DownloadHandler) event -> {
            event.setFileName("mentorflow-my-data.json");
            event.setContentType("application/json");
            pretty.writeValue(event.getOutputStream(), export.export(username));
        }, "Download my data");
        download.setId("profile-download");

        Button erase = new Button("Erase my account…", click -> confirmErase(erasure, username, authentication));
        erase.setId("profile-erase");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);

        add(new H2("My profile"), form, save, new LanguageChoice(languages, username), new H3("Your data"),
                new Paragraph("Download everything Mentorflow stores about you as JSON, or erase your account: your "
                        + "profile is deleted, open requests are withdrawn and mentoring relationships end."),
                new HorizontalLayout(download, erase));
    }

    private void confirmErase(AccountErasure erasure, String username, AuthenticationContext authentication) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Erase your account?");
        dialog.add(new Paragraph("This cannot be undone. Your profile and mentoring data are erased and you are "
                + "signed out."));
        Button confirm = new Button("Erase my account", click -> {
            erasure.erase(username);
            dialog.close();
            authentication.logout();
        });
        confirm.setId("profile-erase-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Keep my account", click -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }
}
