package com.mentorflow.people;

import com.mentorflow.people.DirectoryPreview.Change;
import com.mentorflow.people.DirectoryPreview.Person;
import com.mentorflow.people.DirectoryPreview.RowProblem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.stream.Collectors;

/** The sections of a directory preview: new, changed, refused, unchanged and deactivated people. */
class DirectoryPreviewPanel extends VerticalLayout {

    DirectoryPreviewPanel() {
        setId("directory-preview");
        setPadding(false);
        setSpacing(false);
    }

    void show(DirectoryPreview preview) {
        removeAll();
        Grid<Person> added = people("directory-new");
        added.setItems(preview.newPeople());
        section(getTranslation("people.import.section.new"), preview.added(), preview.newPeople().size(), added, true);

        Grid<Change> changed = new Grid<>();
        changed.setId("directory-changed");
        changed.addColumn(Change::line).setHeader(getTranslation("people.import.column.line")).setAutoWidth(true).setFlexGrow(0);
        changed.addColumn(c -> c.name() + " (" + c.employeeId() + ")").setHeader(getTranslation("people.import.column.person")).setAutoWidth(true);
        changed.addColumn(c -> c.fields().stream().map(f -> f.field().replace('_', ' ') + ": " + shown(f.before())
                + " → " + shown(f.after())).collect(Collectors.joining("; "))).setHeader(getTranslation("people.import.column.changes")).setFlexGrow(1);
        changed.setItems(preview.changedPeople());
        section(getTranslation("people.import.section.changes"), preview.changed(), preview.changedPeople().size(), changed, true);

        Grid<RowProblem> refused = new Grid<>();
        refused.setId("directory-problems");
        refused.addColumn(RowProblem::line).setHeader(getTranslation("people.import.column.line")).setAutoWidth(true).setFlexGrow(0);
        refused.addColumn(p -> p.employeeId() == null ? "" : p.employeeId()).setHeader(getTranslation("people.import.column.employeeId")).setAutoWidth(true);
        refused.addColumn(row -> row.problem().in(getLocale())).setHeader(getTranslation("people.import.column.why")).setFlexGrow(1);
        refused.setItems(preview.refusedRows());
        section(getTranslation("people.import.section.refused"), preview.refused(), preview.refusedRows().size(), refused, true);

        Grid<Person> unchanged = people("directory-unchanged");
        unchanged.setItems(preview.unchangedPeople());
        section(getTranslation("people.import.section.unchanged"), preview.unchanged(), preview.unchangedPeople().size(), unchanged, false);
    }

    /** The people the import would deactivate: only asked for when the admin ticked deactivation. */
    Component deactivated(DirectoryPreview preview) {
        Grid<Person> grid = people("directory-deactivated");
        grid.setItems(preview.deactivatedPeople());
        grid.removeColumnByKey("line");
        return details(getTranslation("people.import.section.deactivated"), preview.deactivated(), preview.deactivatedPeople().size(), grid, true);
    }

    private void section(String title, int count, int listed, Grid<?> grid, boolean openWhenAny) {
        add(details(title, count, listed, grid, openWhenAny));
    }

    private Details details(String title, int count, int listed, Grid<?> grid, boolean openWhenAny) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(listed <= 12);
        if (listed > 12) {
            grid.setHeight("22rem");
        }
        Details details = new Details(new Span(title + " · " + count));
        details.setWidthFull();
        if (count == 0) {
            details.add(new Paragraph(getTranslation("people.import.none")));
        } else {
            details.add(grid);
            if (count > listed) {
                details.add(new Paragraph(getTranslation("people.import.more", count - listed)));
            }
        }
        details.setOpened(openWhenAny && count > 0);
        return details;
    }

    private Grid<Person> people(String id) {
        Grid<Person> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(Person::line).setHeader(getTranslation("people.import.column.line")).setKey("line").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Person::employeeId).setHeader(getTranslation("people.import.column.employeeId")).setAutoWidth(true);
        grid.addColumn(p -> p.name() + " · " + p.email()).setHeader(getTranslation("people.import.column.nameEmail")).setFlexGrow(1);
        return grid;
    }

    private String shown(String value) {
        return value == null ? getTranslation("people.import.emptyValue") : value;
    }
}
