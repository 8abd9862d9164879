package com.mentorflow.matching;

import com.mentorflow.matching.cohort.CohortChoice;
import com.mentorflow.matching.cohort.CohortOptions;
import com.mentorflow.people.Program;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What a new cohort run matches: a one-to-one program, the mentees (hire month, site, country, business line) and the
 * mentors to draw on. Every filter left empty means "any"; the values offered are the directory's for that program.
 */
class CohortRunForm extends FormLayout {

    final Select<Program> program = new Select<>();
    final ComboBox<YearMonth> month = new ComboBox<>();
    final ComboBox<String> site = new ComboBox<>();
    final ComboBox<String> country = new ComboBox<>();
    final ComboBox<String> businessLine = new ComboBox<>();
    final ComboBox<String> mentorSite = new ComboBox<>();
    final ComboBox<String> mentorCountry = new ComboBox<>();
    final ComboBox<String> mentorBusinessLine = new ComboBox<>();
    final Button match = new Button();

    CohortRunForm(Function<Program, CohortOptions> options, Consumer<CohortChoice> onMatch) {
        setId("cohort-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30rem", 2), new ResponsiveStep("48rem", 4));
        Locale reader = getLocale();
        program.setLabel(getTranslation("matching.cohort.form.program"));
        program.setId("cohort-program");
        program.setItems(Arrays.stream(Program.values()).filter(Program::isOneToOne).toList());
        program.setItemLabelGenerator(p -> getTranslation(p.textKey()));
        DateTimeFormatter monthName = DateTimeFormatter.ofPattern("MMMM uuuu", reader);
        month.setItemLabelGenerator(monthName::format);
        country.setItemLabelGenerator(code -> countryName(code, reader));
        mentorCountry.setItemLabelGenerator(code -> countryName(code, reader));
        field(month, "cohort-month", "matching.cohort.form.month");
        field(site, "cohort-site", "matching.cohort.form.site");
        field(country, "cohort-country", "matching.cohort.form.country");
        field(businessLine, "cohort-business-line", "matching.cohort.form.businessLine");
        field(mentorSite, "cohort-mentor-site", "matching.cohort.form.site");
        field(mentorCountry, "cohort-mentor-country", "matching.cohort.form.country");
        field(mentorBusinessLine, "cohort-mentor-business-line", "matching.cohort.form.businessLine");
        program.addValueChangeListener(change -> offer(options.apply(change.getValue())));

        match.setText(getTranslation("matching.cohort.form.match"));
        match.setId("cohort-match");
        match.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        match.addClickListener(click -> onMatch.accept(choice()));

        H4 mentees = new H4(getTranslation("matching.cohort.form.mentees"));
        H4 mentors = new H4(getTranslation("matching.cohort.form.mentors"));
        for (H4 group : List.of(mentees, mentors)) {
            group.getStyle().set("margin-top", "var(--lumo-space-m)");
        }
        // A form stretches what it holds: the button keeps its own width in a row of its own.
        HorizontalLayout matchRow = new HorizontalLayout(match);
        add(program);
        setColspan(program, 2);
        add(mentees, 4);
        add(month, site, country, businessLine);
        add(mentors, 4);
        add(mentorSite, mentorCountry, mentorBusinessLine);
        add(matchRow, 4);
        program.setValue(Program.NEW_HIRE);
    }

    /** The choice as the form holds it; null for every filter left empty. */
    CohortChoice choice() {
        return new CohortChoice(program.getValue(), month.getValue(), site.getValue(), country.getValue(),
                businessLine.getValue(), mentorSite.getValue(), mentorCountry.getValue(), mentorBusinessLine.getValue());
    }

    /** While a run is computed the form cannot start another. */
    void busy(boolean busy) {
        match.setEnabled(!busy);
    }

    private void offer(CohortOptions options) {
        month.setItems(options.startMonths());
        for (ComboBox<String> sites : List.of(site, mentorSite)) {
            sites.setItems(options.sites());
        }
        for (ComboBox<String> countries : List.of(country, mentorCountry)) {
            countries.setItems(options.countries());
        }
        for (ComboBox<String> lines : List.of(businessLine, mentorBusinessLine)) {
            lines.setItems(options.businessLines());
        }
    }

    private void field(ComboBox<?> box, String id, String label) {
        box.setId(id);
        box.setLabel(getTranslation(label));
        box.setPlaceholder(getTranslation("matching.cohort.form.any"));
        box.setClearButtonVisible(true);
    }

    /** "Germany (DE)": the directory keeps two-letter codes. */
    private static String countryName(String code, Locale reader) {
        String name = new Locale("", code).getDisplayCountry(reader);
        return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
    }
}
