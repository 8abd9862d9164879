package com.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.TestProfiles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.mentorflow.platform.Languages;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The profile fits in five minutes: at most 15 required inputs, and those alone make a valid profile. */
class ProfileFormTest {

    private static final Topics TOPICS = TwoTopics.TOPICS;

    @Test
    void atMostFifteenRequiredInputsAndTheyAloneAreEnough() {
        ProfileForm form = new ProfileForm(TOPICS);

        long required = descendants(form).filter(HasValue.class::isInstance).map(HasValue.class::cast)
                .filter(HasValue::isRequiredIndicatorVisible).count() + 1; // + the consent box

        assertThat(required).isLessThanOrEqualTo(15);
        // Exactly the required answers of someone who is both mentor and mentee; everything else left empty.
        ProfileAnswers onlyRequired = TestProfiles.person(true, true).named("Sam").livingIn("Europe/Paris")
                .growingIn(1).helpingWith(3).answers();
        ProfileAnswers valid = onlyRequired.validated(TOPICS.ids());
        assertThat(valid.mentorCapacity()).isEqualTo(ProfileAnswers.DEFAULT_CAPACITY);
        assertThat(valid.acceptingRequests()).isTrue();
        assertThat(valid.military()).isEqualTo(MilitaryBackground.NONE);
    }

    @Test
    void theFormGivesBackWhatItWasGiven() {
        ProfileForm form = new ProfileForm(TOPICS);
        ProfileAnswers answers = TestProfiles.mentee().named("Sam").alsoInCircles()
                .in(Program.NEW_HIRE, Program.CIRCLES).livingIn("Europe/Paris").growingIn(3).goals("Settle in")
                .meeting(MeetingMode.VIDEO).bio("Hi").served(new MilitaryBackground(MilitaryBackground.Relation.VETERAN, "Army",
                        8, MilitaryBackground.RankBand.NCO, "Signals", 2025)).capacity(2).accepting(true).answers();

        form.setAnswers(answers);

        assertThat(form.getAnswers().validated(TOPICS.ids())).isEqualTo(answers.validated(TOPICS.ids()));
    }

    @Test
    void showingTheMilitaryBackgroundToOthersIsOffUnlessChosenAndThePromiseSaysSo() {
        ProfileForm form = new ProfileForm(TOPICS);
        MilitaryBackground army = new MilitaryBackground(MilitaryBackground.Relation.VETERAN, "Army", 8, null, null, 2020);
        ProfileAnswers veteran = TestProfiles.mentee().named("Sam").in(Program.NEW_HIRE)
                .livingIn("Europe/Paris").growingIn(3).served(army).answers();

        form.setAnswers(veteran);
        assertThat(form.getAnswers().validated(TOPICS.ids()).showMilitary()).as("off by default").isFalse();

        form.setAnswers(TestProfiles.mentee().named("Sam").in(Program.NEW_HIRE).livingIn("Europe/Paris")
                .growingIn(3).served(army).showingMilitary(true).answers());
        assertThat(form.getAnswers().validated(TOPICS.ids()).showMilitary()).isTrue();
        assertThat(TestProfiles.mentee().named("Sam").in(Program.NEW_HIRE).livingIn("Europe/Paris").growingIn(3)
                .served(MilitaryBackground.NONE).showingMilitary(true).answers().validated(TOPICS.ids()).showMilitary())
                .as("no background, nothing to show").isFalse();
        assertThat(descendants(form).filter(com.vaadin.flow.component.html.Paragraph.class::isInstance)
                .map(p -> ((com.vaadin.flow.component.html.Paragraph) p).getText()))
                .contains(MilitaryBackgroundFields.SERVICE_PRIVACY);
        assertThat(MilitaryBackgroundFields.SERVICE_PRIVACY).contains("your matched partner and the matching engine")
                .contains("unless you choose below");
    }

    @Test
    void aSpanishReaderChoosesTopicsInSpanish() {
        UI ui = new UI();
        ui.setLocale(Languages.SPANISH);
        UI.setCurrent(ui);
        try {
            ProfileForm form = new ProfileForm(TOPICS);

            MultiSelectComboBox<?> goals = descendants(form).filter(MultiSelectComboBox.class::isInstance)
                    .map(MultiSelectComboBox.class::cast).filter(box -> "profile-goal-topics".equals(box.getId().orElse(null)))
                    .findFirst().orElseThrow();
            @SuppressWarnings("unchecked")
            ItemLabelGenerator<Integer> label = (ItemLabelGenerator<Integer>) goals.getItemLabelGenerator();
            assertThat(label.apply(1)).isEqualTo("Crecimiento profesional");
            assertThat(label.apply(3)).isEqualTo("Transición de la vida militar a la civil");
        } finally {
            UI.setCurrent(null);
        }
    }

    private static Stream<Component> descendants(Component component) {
        return Stream.concat(Stream.of(component), component.getChildren().flatMap(ProfileFormTest::descendants));
    }
}
