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

    @RegisterExtension final Browsers browsers = new Browsers();

    @Test
    void anAdminAddsAndRemovesASpanishTranslation() throws Exception {
        try (Browser admin = browsers.open()) {
            admin.signIn("admin", "mentorflow-demo");
            admin.open("/admin/modules");
            admin.chooseInSelect("module-translation-language", "Español");
            assertThat(admin.waitFor(By.id("module-translation-state")).getText()).contains("No translation (Español) yet");

            type(admin, "#module-translation-title input", "Tus primeros 30 días");
            type(admin, "#module-translation-summary textarea", "Empezar bien: quién es quién y cómo llega el trabajo.");
            type(admin, "#module-translation-action-items textarea", "Solo una acción");
            type(admin, "#module-translation-insight textarea", "Cuenta cómo fue tu primer mes.");
            admin.click(By.id("module-translation-save"));
            assertThat(admin.waitFor(By.id("module-translation-error")).getText())
                    .contains("Translate each of the 3 action items");

            type(admin, "#module-translation-action-items textarea",
                    "Reúnete con tu responsable\nHaz una lista de diez personas\nEncuentra dónde escribe tu equipo");
            admin.click(By.id("module-translation-save"));
            assertThat(admin.waitFor(By.id("module-translation-state")).getText()).contains("There is a translation (Español)");
            assertThat(admin.waitFor(By.id("modules-grid")).getText()).contains("Español");
            admin.assertAccessible();
            admin.screenshots("module-translation");

            admin.click(By.id("module-translation-remove"));
            assertThat(admin.waitFor(By.id("module-translation-state")).getText()).contains("No translation (Español) yet");
            assertThat(admin.waitFor(By.id("modules-grid")).getText()).doesNotContain("Español");
        }
    }

    private static void type(Browser browser, String css, String text) {
        var field = browser.driver().findElement(By.cssSelector(css));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", field);
        field.clear();
        field.sendKeys(text);
    }
}
