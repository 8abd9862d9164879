package com.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.ui.Browser;
import com.mentorflow.ui.Browsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 16 §2 for the admin views: an admin whose browser speaks German reads the directory import, its preview and
 * its decision in German. Nothing is imported (the preview is cancelled). Screenshots:
 * target/german-directory-import-1366.png and -390.png.
 */
@MentorflowTest
@Tag("browser")
class GermanAdminBrowserTest {

    @RegisterExtension final Browsers browsers = new Browsers();

    @Test
    void aGermanAdminReadsTheDirectoryImportItsPreviewAndItsDecisionInGerman() throws Exception {
        String run = "G" + Long.toString(System.nanoTime(), 36);
        Path file = Files.createTempFile("verzeichnis", ".csv");
        Files.writeString(file, String.join(",", DirectoryImport.COLUMNS) + "\n"
                + run + "-1,Jonas Weber," + run.toLowerCase() + ".1@example.com,regular,Berlin,DE,Europe/Berlin,Cloud,"
                + "Cloud Platform,Software engineering,L4,2026-11-02,E2001,de;en\n"
                + run + "-2,Falsche Stufe," + run.toLowerCase() + ".2@example.com,regular,Berlin,DE,,,,,L11,2026-11-02,,de\n");
        try (Browser browser = browsers.open()) {
            browser.speak("de-DE,de");
            browser.signIn("admin", "mentorflow-demo");
            browser.open("/admin/directory");
            WebElement upload = browser.waitFor(By.id("directory-upload"));
            assertThat(browser.driver().getTitle()).isEqualTo("Verzeichnisimport · Mentorflow");
            assertThat(browser.text()).contains("Verzeichnisimport", "Laden Sie das HR-Verzeichnis als CSV",
                    "HR-Export (CSV) hierher ziehen").doesNotContain("Upload the HR directory", "Drop the HR export");

            upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
            WebElement status = browser.waitFor(By.id("directory-status"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> status.getText().startsWith("Vorschau von"));
            browser.settle();
            assertThat(browser.script("return arguments[0].i18n.addFiles.one", upload)).as("the upload's own button")
                    .isEqualTo("Datei hochladen…");
            assertThat(status.getText()).contains("(2 Zeilen): 1 neu, 0 geändert, 0 unverändert, 1 abgelehnt.");
            assertThat(browser.text()).contains("Neue Personen · 1", "Abgelehnte Zeilen · 1", "Personalnummer",
                    "Nicht in der Datei", "Alle deaktivieren, die in dieser Datei fehlen", "Importieren", "Abbrechen")
                    .doesNotContain("New people", "Refused rows", "Missing from the file");
            assertThat(browser.text()).as("the refused row's problem").contains("Unbekannte Stufe „L11“; die Stufen reichen von L1 bis L10.")
                    .doesNotContain("Unknown level");
            browser.screenshots("german-directory-import");

            browser.click(By.id("directory-cancel"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> status.getText().equals("Abgebrochen: Es wurde nichts importiert."));
        } finally {
            Files.delete(file);
        }
    }

    /** The validator's refusal of an uploaded model, and the missing comment, read German too; nothing is deployed. */
    @Test
    void aGermanAdminReadsWhyAModelIsRefusedInGerman() throws Exception {
        String hostile = new String(getClass().getResourceAsStream("/processes/match-request.bpmn").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replace("<bpmn:serviceTask id=\"Task_RequireApproval\"",
                "<bpmn:scriptTask id=\"Task_Evil\" scriptFormat=\"groovy\"><bpmn:script>1</bpmn:script></bpmn:scriptTask>"
                        + "<bpmn:serviceTask id=\"Task_RequireApproval\"");
        Path file = Files.createTempFile("modell-", ".bpmn");
        Files.writeString(file, hostile);
        try (Browser browser = browsers.open()) {
            browser.speak("de-DE,de");
            browser.signIn("admin", "mentorflow-demo");
            browser.open("/admin/models");
            browser.waitFor(By.id("model-upload")).getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                    .sendKeys(file.toString());
            WebElement problems = browser.waitFor(By.id("model-problems"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> problems.getText().contains("Task_Evil"));
            assertThat(problems.getText()).startsWith("Nicht bereitgestellt:")
                    .contains("Task_Evil: Skript-Tasks sind nicht erlaubt: Sie führen Code aus, der im Modell steht.",
                            "Sagen Sie, was sich geändert hat und warum (5 bis 200 Zeichen).")
                    .doesNotContain("Script tasks are not allowed", "Say what changed");
        } finally {
            Files.delete(file);
        }
    }
}
