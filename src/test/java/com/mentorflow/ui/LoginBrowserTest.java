package com.mentorflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** The real login form: it carries its CSRF token, and after five wrong passwords it says when to try again. */
@MentorflowTest
@Tag("browser")
class LoginBrowserTest {

    @RegisterExtension final Browsers browsers = new Browsers();

    @Autowired AccountService accounts;

    @Test
    void fiveWrongPasswordsPauseSigningInAndThePageSaysForHowLong() throws Exception {
        Account person = TestPeople.participant(accounts, "login-page");

        try (Browser browser = browsers.open()) {
            for (int attempt = 1; attempt <= 5; attempt++) {
                submit(browser, person.getUsername(), "wrong-" + attempt);
                waitForError(browser, "Incorrect username or password");
            }
            submit(browser, person.getUsername(), TestPeople.PASSWORD);
            waitForError(browser, "Too many failed sign-ins. Try again in 30 seconds.");
            assertThat(browser.driver().getCurrentUrl()).contains("/login?error");
            assertThat(browser.contentSecurityPolicyViolations()).as("Vaadin works under the CSP").isEmpty();
        }
    }

    private static void submit(Browser browser, String username, String password) {
        browser.open("/login");
        browser.waitFor(By.cssSelector("#vaadinLoginUsername input")).sendKeys(username);
        browser.driver().findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password);
        browser.driver().findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("?error"));
        browser.settle();
    }

    /** The error box lives in the component's shadow DOM: read what it shows from the component. */
    private static void waitForError(Browser browser, String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> String.valueOf(browser.script(
                "const form = document.querySelector('vaadin-login-form');"
                        + " return form && form.error ? form.i18n.errorMessage.title + ' ' + form.i18n.errorMessage.message : '';"))
                .contains(text));
    }
}
