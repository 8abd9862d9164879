package com.mentorflow.circles;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.ui.Browser;
import com.mentorflow.ui.Browsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** An admin translates an education topic on the library page, sees the language listed, and takes it away. */
@MentorflowTest
@Tag("browser")
class EducationTopicTranslationBrowserTest {

    private static final By TRANSLATED_CELL = By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Español']");

    @RegisterExtension final Browsers browsers = new Browsers();

    @Test
    void anAdminAddsAndRemovesASpanishTranslation() throws Exception {
        try (Browser admin = browsers.open()) {
            admin.signIn("admin", "mentorflow-demo");
            admin.open("/admin/education-topics");
            assertThat(admin.driver().findElements(By.id("topic-translation-language")))
                    .as("a topic not saved yet has nothing to translate").noneMatch(select -> select.isDisplayed());
            admin.click(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Time and energy']"));
            assertThat(admin.waitFor(By.id("topic-translation-state")).getText()).contains("No translation (Español) yet");

            type(admin, "#topic-translation-title input", "Tiempo y energía");
            type(admin, "#topic-translation-description textarea", "Corto");
            admin.click(By.id("topic-translation-save"));
            assertThat(admin.waitFor(By.id("topic-translation-error")).getText())
                    .isEqualTo("Describe the topic in 10 to 1000 characters.");

            type(admin, "#topic-translation-description textarea", "Prioridades, saber decir que no y proteger el tiempo de foco.");
            admin.click(By.id("topic-translation-save"));
            assertThat(admin.waitFor(By.id("topic-translation-state")).getText()).contains("There is a translation (Español)");
            assertThat(admin.driver().findElements(TRANSLATED_CELL)).as("the grid lists the translation").isNotEmpty();
            admin.assertAccessible();
            admin.screenshots("topic-translation");

            admin.click(By.id("topic-translation-remove"));
            assertThat(admin.waitFor(By.id("topic-translation-state")).getText()).contains("No translation (Español) yet");
            assertThat(admin.driver().findElements(TRANSLATED_CELL)).as("the grid lists no translation").isEmpty();
        }
    }

    private static void type(Browser browser, String css, String text) {
        var field = browser.driver().findElement(By.cssSelector(css));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", field);
        field.clear();
        field.sendKeys(text);
    }
}
