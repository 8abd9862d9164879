package com.mentorflow.modeler;

import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.Refusals;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;

/** Deploying an older version again, with the admin's reason; a refusal stays in the dialog beside the reason. */
class RollBackDialog extends Dialog {

    RollBackDialog(ModelDeployments models, ModelDeployments.Version version, Runnable whenDone) {
        setHeaderTitle(getTranslation("modeler.models.rollBack.title", version.key(), String.valueOf(version.version())));
        TextField why = new TextField(getTranslation("modeler.models.rollBack.why"));
        why.setWidthFull();
        Paragraph error = Refusals.errorText("rollback-error");
        Button confirm = new Button(getTranslation("modeler.models.rollBack.deploy"), click -> {
            Optional<String> refusal = ModelRefusal.run(getLocale(), () -> {
                models.rollBack(CurrentUser.username(), version, why.getValue());
                close();
                whenDone.run();
                Notification.show(getTranslation("modeler.models.rollBack.done"), 3000, Notification.Position.BOTTOM_START);
            });
            refusal.ifPresent(error::setText);
            error.setVisible(refusal.isPresent());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("modeler.models.rollBack.text")), why, error);
        getFooter().add(new Button(getTranslation("modeler.models.close"), click -> close()), confirm);
    }
}
