package com.mentorflow.modeler;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** What changed from the version before, one element a line, in the reader's language. */
class ModelChangesDialog extends Dialog {

    ModelChangesDialog(ModelDeployments models, ModelDeployments.Version version) {
        setHeaderTitle(getTranslation("modeler.models.changes.title", version.key(), String.valueOf(version.version()),
                String.valueOf(version.version() - 1)));
        UnorderedList list = new UnorderedList();
        list.setId("model-changes");
        List<String> changes = models.changesFromPrevious(version, getLocale());
        if (changes.isEmpty()) {
            list.add(new ListItem(getTranslation("modeler.models.changes.none")));
        }
        changes.forEach(change -> list.add(new ListItem(change)));
        add(list);
        getFooter().add(new Button(getTranslation("modeler.models.close"), click -> close()));
    }
}
