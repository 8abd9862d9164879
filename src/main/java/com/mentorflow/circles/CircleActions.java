package com.mentorflow.circles;

import com.mentorflow.circles.CircleMembership.Role;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.NotPermittedException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What the signed-in person may do on an open circle's page: ask to join, leave, cancel. The page wires each command
 * to its service; a refusal is shown on the page, and after a command that went through the page is drawn again.
 */
class CircleActions extends VerticalLayout {

    /** The commands, already bound to the person and the circle. */
    record Commands(BiConsumer<Role, String> askToJoin, Runnable leave, Consumer<String> cancel) {
    }

    private final Commands commands;
    private final Runnable changed;

    CircleActions(CircleDirectory.Summary circle, Optional<CircleMembership> mine, boolean inCircle, boolean manager,
                  Commands commands, Runnable changed) {
        this.commands = commands;
        this.changed = changed;
        setPadding(false);
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.setId("circle-error");
        error.setVisible(false);
        if (mine.isEmpty() && CurrentUser.hasRole(Roles.PARTICIPANT)) {
            join(circle, error);
        } else if (mine.isPresent() && !inCircle) {
            add(new Paragraph(getTranslation("circles.actions.asked." + mine.get().getRole().name())));
        }
        HorizontalLayout buttons = new HorizontalLayout();
        if (inCircle) {
            Button leave = new Button(getTranslation("circles.actions.leave"), click -> confirmLeave(error, manager));
            leave.setId("leave-circle");
            leave.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            buttons.add(leave);
        }
        if (manager || CurrentUser.hasRole(Roles.PROGRAM_MANAGER)) {
            Button cancel = new Button(getTranslation("circles.actions.cancel"), click -> confirmCancel());
            cancel.setId("cancel-circle");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            if (manager) {
                add(new Paragraph(getTranslation("circles.actions.youManage")));
            }
            buttons.add(cancel);
        }
        add(error, buttons);
    }

    private void join(CircleDirectory.Summary circle, Paragraph error) {
        RadioButtonGroup<Role> role = new RadioButtonGroup<>(getTranslation("circles.actions.joinAs"));
        role.setId("join-role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("circles.propose.role." + r.name()));
        role.setValue(Role.MEMBER);
        TextArea note = new TextArea(getTranslation("circles.actions.note"));
        note.setId("join-note");
        note.setMaxLength(JoinRequests.MAX_NOTE);
        note.setWidthFull();
        Button join = new Button(getTranslation("circles.actions.askToJoin"), click -> attempt(error, () -> {
            commands.askToJoin().accept(role.getValue(), note.getValue());
            toast(getTranslation("circles.actions.askedToast"));
        }));
        join.setId("join-circle");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.setEnabled(circle.openSeats() > 0);
        add(new H3(getTranslation("circles.actions.joinTitle")), new Paragraph(circle.openSeats() > 0
                ? getTranslation("circles.actions.seatsOpen", circle.openSeats()) : getTranslation("circles.actions.full")), role, note, join);
    }

    private void confirmLeave(Paragraph error, boolean manager) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("circles.actions.leaveTitle"), getTranslation(manager
                ? "circles.actions.leaveManager" : "circles.actions.leaveMember"), getTranslation("circles.actions.leaveConfirm"),
                confirm -> attempt(error, () -> {
                    commands.leave().run();
                    toast(getTranslation("circles.actions.left"));
                }));
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void confirmCancel() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("circles.actions.cancelTitle"));
        TextArea reason = new TextArea(getTranslation("circles.actions.cancelReason"));
        reason.setId("cancel-reason");
        reason.setWidth("min(28rem, 80vw)");
        reason.setMaxLength(1000);
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.setVisible(false);
        Button confirm = new Button(getTranslation("circles.actions.cancelConfirm"), click -> attempt(error, () -> {
            commands.cancel().accept(reason.getValue());
            dialog.close();
            toast(getTranslation("circles.actions.cancelled"));
        }));
        confirm.setId("cancel-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button keep = new Button(getTranslation("circles.actions.keep"), click -> dialog.close());
        dialog.add(new Paragraph(getTranslation("circles.actions.cancelWarning")), reason, error);
        dialog.getFooter().add(keep, confirm);
        dialog.open();
        reason.focus();
    }

    private void attempt(Paragraph error, Runnable command) {
        try {
            command.run();
            changed.run();
        } catch (RejectedInputException e) {
            error.setText(String.join(" ", e.problems(getLocale()).values()));
            error.setVisible(true);
        } catch (NotPermittedException | ConflictException e) {
            error.setText(e.message(getLocale()));
            error.setVisible(true);
        }
    }

    private static void toast(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
