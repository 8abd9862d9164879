package com.mentorflow.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.ui.Browser;
import com.mentorflow.ui.Browsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** An admin translates a module on the catalogue page, sees the language listed, and takes the translation away. */
@MentorflowTest
@Tag("browser")
class ModuleTranslationBrowserTest {

    /** The catalogue's "Translations" cell of module 1. */
    private static final By TRANSLATED_CELL = By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Deutsch']");

    @RegisterExtension final Browsers browsers = new Browsers();

    @Test
    void anAdminAddsAndRemovesAGermanTranslation() throws Exception {
        try (Browser admin = browsers.open()) {
            admin.signIn("admin", "mentorflow-demo");
            admin.open("/admin/modules");
            admin.chooseInSelect("module-translation-language", "Deutsch");
            assertThat(admin.waitFor(By.id("module-translation-state")).getText()).contains("No translation (Deutsch) yet");

            type(admin, "#module-translation-title input", "Ihre ersten 30 Tage");
            type(admin, "#module-translation-summary textarea", "Gut ankommen: wer wer ist und wie Arbeit ankommt.");
            type(admin, "#module-translation-action-items textarea", "Nur eine Aufgabe");
            type(admin, "#module-translation-insight textarea", "Erzählen Sie von Ihrem ersten Monat.");
            admin.click(By.id("module-translation-save"));
            assertThat(admin.waitFor(By.id("module-translation-error")).getText())
                    .contains("Translate each of the 3 action items");

            type(admin, "#module-translation-action-items textarea",
                    "Treffen Sie Ihre Führungskraft\nListen Sie zehn Personen auf\nFinden Sie heraus, wo Ihr Team schreibt");
            admin.click(By.id("module-translation-save"));
            assertThat(admin.waitFor(By.id("module-translation-state")).getText()).contains("There is a translation (Deutsch)");
            admin.screenshots("module-translation");
            admin.script("arguments[0].scrollIntoView({block: 'center'})", admin.driver().findElement(By.id("modules-grid")));
            admin.screenshot("target/module-translation-grid.png");
            assertThat(admin.driver().findElements(TRANSLATED_CELL)).as("the grid lists the translation").isNotEmpty();
            admin.assertAccessible();

            admin.click(By.id("module-translation-remove"));
            assertThat(admin.waitFor(By.id("module-translation-state")).getText()).contains("No translation (Deutsch) yet");
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
