package com.mentorflow.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/**
 * Below a directory preview: who is missing from the file, the explicit choice to deactivate them (with its refusal
 * or the number to type) and Import / Cancel. Import is enabled only for a plan the rules allow.
 */
class DirectoryDecision extends VerticalLayout {

    private final Paragraph missing = new Paragraph();
    private final Checkbox deactivate = new Checkbox(getTranslation("people.import.deactivate"));
    private final VerticalLayout deactivation = new VerticalLayout();
    private final TextField confirmation = new TextField();
    private final Button confirm = new Button(getTranslation("people.import.confirm"));
    private final Button cancel = new Button(getTranslation("people.import.cancel"));
    private DirectoryPreview shown;

    /**
     * @param deactivateChanged asked for a new preview when the box is ticked or unticked
     * @param imported          given what was typed to confirm the deactivations
     */
    DirectoryDecision(Runnable deactivateChanged, Consumer<String> imported, Runnable cancelled) {
        setPadding(false);
        missing.setId("directory-missing");
        deactivate.setId("directory-deactivate");
        deactivate.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                deactivateChanged.run();
            }
        });
        deactivation.setPadding(false);
        confirmation.setId("directory-confirmation");
        confirmation.setWidthFull();
        confirmation.setValueChangeMode(ValueChangeMode.EAGER);
        confirmation.addValueChangeListener(e -> enableConfirm());
        confirm.setId("directory-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> imported.accept(confirmation.getValue()));
        cancel.setId("directory-cancel");
        cancel.addClickListener(e -> cancelled.run());
        add(new H3(getTranslation("people.import.missing.title")), missing, deactivate, deactivation, new HorizontalLayout(confirm, cancel));
    }

    boolean deactivateMissing() {
        return deactivate.getValue();
    }

    void reset() {
        deactivate.setValue(false);
        shown = null;
    }

    void show(DirectoryPreview p, DirectoryPreviewPanel sections) {
        shown = p;
        missing.setText(p.missing() == 0 ? getTranslation("people.import.missing.none")
                : getTranslation("people.import.missing.some", p.missing(), p.activeBefore()));
        deactivation.removeAll();
        confirmation.clear();
        if (p.deactivateMissing()) {
            deactivation.add(sections.deactivated(p));
            if (p.deactivationRefusal() != null) {
                Paragraph refused = new Paragraph(p.deactivationRefusal().in(getLocale()));
                refused.setId("directory-deactivation-refused");
                refused.getStyle().set("color", "var(--lumo-error-text-color)");
                deactivation.add(refused);
            } else if (p.confirmationNeeded() != null) {
                confirmation.setLabel(getTranslation("people.import.confirmation", p.deactivated(), p.activeBefore(),
                        String.valueOf(p.confirmationNeeded())));
                deactivation.add(confirmation);
            }
        }
        enableConfirm();
    }

    private void enableConfirm() {
        DirectoryPreview p = shown;
        confirm.setEnabled(p != null && p.canApply() && (p.confirmationNeeded() == null
                || p.confirmationNeeded().equals(confirmation.getValue().strip())));
    }
}
