package com.mentorflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.SsoProvider;
import com.mentorflow.TestPeople;
import com.mentorflow.TestProfiles;
import com.mentorflow.matching.MatchRequests;
import com.mentorflow.matching.MentorSuggestions;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.OnboardingService;
import com.mentorflow.people.Program;
import java.time.Duration;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16 §2: Mentorflow speaks the reader's language, the one their browser asks for or, once they chose one on My
 * profile, that one; match reasons, task names, what a task is about and the task page too. Screenshots:
 * target/spanish-login-*.png, target/spanish-my-tasks-*.png and target/spanish-review-request-*.png.
 */
@MentorflowTest
@Tag("browser")
class SpanishBrowserTest {

    @RegisterExtension final Browsers browsers = new Browsers();

    @Autowired AccountService accounts;
    @Autowired OnboardingService onboarding;
    @Autowired TaskService taskService;
    @Autowired MentorSuggestions suggestions;
    @Autowired MatchRequests requests;

    @Test
    void aSpanishBrowserReadsTheSignInPageTheMenuAndMyTasksInSpanish() throws Exception {
        try (Browser browser = browsers.open()) {
            browser.speak("es-ES,es,en");
            browser.open("/login");
            browser.waitFor(By.cssSelector("vaadin-login-form"));
            assertThat(browser.driver().getTitle()).isEqualTo("Iniciar sesión · Mentorflow");
            assertThat(browser.script("return document.documentElement.lang")).as("for screen readers").isEqualTo("es-ES");
            assertThat(loginForm(browser, "form.title + '|' + i.form.username + '|' + i.form.password + '|' + i.form.submit"))
                    .isEqualTo("Iniciar sesión|Usuario|Contraseña|Entrar");
            assertThat(browser.waitFor(By.id("sso-sign-in")).getText()).isEqualTo("Iniciar sesión con " + SsoProvider.CLIENT_NAME);
            browser.screenshots("spanish-login");

            browser.signIn("nina", "mentorflow-demo");
            browser.waitFor(By.id("inbox-grid"));
            assertThat(browser.driver().getTitle()).isEqualTo("Mis tareas · Mentorflow");
            String page = browser.text();
            // Nina mentors and is not mentored, so her menu offers My requests and no Find a mentor.
            assertThat(page).contains("Cerrar sesión", "Mis tareas", "Mi perfil", "Mis solicitudes", "Mi mentoría");
            assertThat(page).contains("Tarea", "Asunto", "Creada", "Vence").doesNotContain("My tasks", "Sign out");
            browser.screenshots("spanish-my-tasks");
        }
    }

    @Test
    void aPersonWhoChoseGermanReadsGermanWhateverTheirBrowserAsksFor() throws Exception {
        Account person = TestPeople.participant(accounts, "deutsch");
        try (Browser browser = browsers.open()) {
            browser.speak("es-ES,es");
            browser.signIn(person.getUsername(), TestPeople.PASSWORD);
            assertThat(browser.text()).contains("Mis tareas");

            browser.open("/profile");
            browser.waitFor(By.id("profile-save"));
            assertThat(browser.driver().getTitle()).isEqualTo("Mi perfil · Mentorflow");
            assertThat(browser.text()).as("My profile in the browser's Spanish")
                    .contains("Nombre que ven los demás", "Guardar perfil", "Trayectoria militar", "Tus datos")
                    .doesNotContain("Name others see", "Save profile");
            // The field itself, not the middle of the component (that is its help text, which opens nothing).
            browser.click(By.cssSelector("#profile-language vaadin-select-value-button"));
            browser.click(By.xpath("//vaadin-select-item[normalize-space(.)='Deutsch']"));
            waitForText(browser, "Abmelden");
            assertThat(browser.text()).as("the frame and the field switch at once")
                    .contains("Meine Aufgaben", "Mein Profil", "Sprache des Browsers").doesNotContain("Cerrar sesión");

            browser.open("/");
            assertThat(browser.driver().getTitle()).isEqualTo("Meine Aufgaben · Mentorflow");
            assertThat(browser.script("return document.documentElement.lang")).isEqualTo("de-DE");
            assertThat(browser.text()).contains("Meine Aufgaben", "Aufgabe", "Betrifft", "Fällig").doesNotContain("Mis tareas")
                    .as("their profile task, created on a German date").containsPattern("\\d\\d\\.\\d\\d\\.\\d{4}, \\d\\d:\\d\\d");
            assertThat(browser.text()).as("the task's name from the bundle, not the model's English")
                    .contains("Mentoring-Profil vervollständigen").doesNotContain("Complete your mentoring profile");
            browser.screenshots("german-my-tasks");
        }
    }

    @Test
    void aSpanishMenteeReadsWhyAMentorFitsAndTheSpanishMentorReadsTheTaskAndTheReasonsInSpanish() throws Exception {
        Account mentee = person("es-mentee", false);
        Account mentor = person("es-mentor", true);
        // A bookmark puts this mentor on the first card, whoever else the shared test database holds.
        suggestions.bookmark(mentee.getUsername(), mentor.getId(), true);
        try (Browser menteeBrowser = browsers.open(); Browser mentorBrowser = browsers.open()) {
            menteeBrowser.speak("es-ES,es");
            menteeBrowser.signIn(mentee.getUsername(), TestPeople.PASSWORD);
            menteeBrowser.open("/mentors");
            String card = menteeBrowser.waitFor(By.cssSelector(".suggestion-card .suggestion-reasons")).getText();
            // Both live in Europe/Berlin (TestProfiles).
            assertThat(card).as("the reasons on the card").contains("Misma zona horaria").doesNotContain("Same time zone");
            requests.send(mentee.getUsername(), mentor.getId(), Program.OPEN, "Me encantaría tu consejo sobre mi primer año.");

            mentorBrowser.speak("es-ES,es");
            mentorBrowser.signIn(mentor.getUsername(), TestPeople.PASSWORD);
            WebElement open = mentorBrowser.waitFor(By.cssSelector("#inbox-grid vaadin-button"));
            String subject = "Solicitud de " + mentee.getDisplayName() + " a " + mentor.getDisplayName();
            assertThat(mentorBrowser.text()).as("the task's name in My tasks").contains("Revisar la solicitud de mentoría")
                    .doesNotContain("Review match request");
            assertThat(mentorBrowser.text()).as("what the task is about, in My tasks").contains(subject)
                    .doesNotContain("Request from");
            mentorBrowser.click(open);
            mentorBrowser.waitFor(By.id("review-accept"));
            assertThat(mentorBrowser.driver().getTitle()).isEqualTo("Revisar la solicitud de mentoría · Mentorflow");
            assertThat(mentorBrowser.text()).as("the reasons stored on the request, read in Spanish")
                    .contains("Misma zona horaria").doesNotContain("Same time zone");
            assertThat(mentorBrowser.text()).as("the mentee's topic (TestProfiles: topic 1), in the goals and the reasons")
                    .contains("Crecimiento profesional").doesNotContain("Career growth");
            assertThat(mentorBrowser.text()).as("what the task is about, on its page").contains(subject);
            mentorBrowser.screenshots("spanish-review-request");

            mentorBrowser.click(By.id("review-accept"));
            assertThat(mentorBrowser.waitFor(By.cssSelector("vaadin-notification-card")).getText())
                    .as("the task page's word that it is done").isEqualTo("Hecho: Revisar la solicitud de mentoría");
        }
    }

    @Test
    void aSpanishReaderIsToldInSpanishThatATaskIsNoLongerOpenAndFindsTheWayBack() throws Exception {
        try (Browser browser = browsers.open()) {
            browser.speak("es-ES,es");
            browser.signIn("nina", "mentorflow-demo");
            browser.open("/tasks/no-such-task");
            browser.waitFor(By.className("task-problem"));
            assertThat(browser.driver().getTitle()).isEqualTo("Tarea · Mentorflow");
            assertThat(browser.text()).contains("Esta tarea no está abierta para ti",
                            "Puede que ya se haya completado o que sea de otra persona.")
                    .doesNotContain("This task is not open for you");
            browser.click(By.linkText("Volver a Mis tareas"));
            browser.waitFor(By.id("inbox-grid"));
            assertThat(browser.driver().getTitle()).isEqualTo("Mis tareas · Mentorflow");
        }
    }

    private Account person(String prefix, boolean mentor) {
        Account account = TestPeople.participant(accounts, prefix);
        String taskId = taskService.createTaskQuery().taskAssignee(account.getUsername()).singleResult().getId();
        onboarding.completeProfile(taskId, account.getUsername(), TestProfiles.person(mentor, !mentor)
                .named(prefix + " Person").answers());
        return accounts.findById(account.getId()).orElseThrow();
    }

    /** The login form draws its words in its shadow DOM, from its i18n object: read that. */
    private static String loginForm(Browser browser, String expression) {
        return String.valueOf(browser.script("const i = document.querySelector('vaadin-login-form').i18n; return i."
                + expression + ";"));
    }

    private static void waitForText(Browser browser, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.text().contains(text));
    }
}
