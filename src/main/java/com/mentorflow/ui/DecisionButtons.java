package com.mentorflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The buttons of a decision (approve/decline, continue/disband, vote): every form answers a double click the same
 * way. A click disables all options in the browser at once, so a second click cannot send the decision twice; when
 * the command reports a refusal (returns false) the options come back so the person can try again.
 */
public class DecisionButtons extends HorizontalLayout {

    private final List<Button> options = new ArrayList<>();

    public DecisionButtons() {
        setPadding(false);
        setSpacing(true);
        setWrap(true);
    }

    /** The recommended option, drawn as the primary button. */
    public Button primary(String id, String label, BooleanSupplier command) {
        Button button = option(id, label, command);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    public Button option(String id, String label, BooleanSupplier command) {
        Button button = new Button(label);
        button.setId(id);
        button.setDisableOnClick(true);
        button.addClickListener(click -> {
            options.forEach(other -> other.setEnabled(false));
            boolean done = command.getAsBoolean();
            if (!done) {
                options.forEach(other -> other.setEnabled(true));
            }
        });
        options.add(button);
        add(button);
        return button;
    }

    public List<Button> options() {
        return List.copyOf(options);
    }
}
