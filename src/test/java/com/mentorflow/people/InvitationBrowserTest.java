package com.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.people.InvitationFixtures;
import com.mentorflow.ui.Browser;
import com.mentorflow.ui.Browsers;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Done when: an invited local person sets a password from the mailed link and signs in. */
@MentorflowTest
@Tag("browser")
class InvitationBrowserTest {

    @RegisterExtension final Browsers browsers = new Browsers();

    private static final String PASSWORD = "copper-meadow-41-lantern";

    @Autowired JdbcTemplate jdbc;

    @Test
    void anAdminInvitesADirectoryPersonWhoSetsAPasswordFromTheMailedLinkAndSignsIn() throws Exception {
        String id = InvitationFixtures.employee(jdbc, "browser", "Bea Browser");
        String email = InvitationFixtures.emailOf(jdbc, id);
        String username = id.toLowerCase();

        try (Browser admin = browsers.open()) {
            admin.signIn("admin", "mentorflow-demo");
            admin.open("/admin/invitations");
            admin.waitFor(By.cssSelector("#invitee-filter input")).sendKeys(email, Keys.ENTER);
            new WebDriverWait(admin.driver(), Duration.ofSeconds(20)).until(d -> Long.valueOf(1).equals(
                    admin.script("return document.getElementById('invitees').size")));
            admin.settle();
            admin.click(By.id("invite-" + id));
            new WebDriverWait(admin.driver(), Duration.ofSeconds(20)).until(d -> admin.text().contains("link works until"));
            admin.screenshot("target/invitations.png");
            assertThat(admin.text()).contains("Bea Browser");
            assertThat(admin.waitFor(By.id("invite-" + id)).getText()).isEqualTo("Send again");
        }

        String link = InvitationFixtures.linkMailedTo(jdbc, email);
        assertThat(link).startsWith("http://localhost:8080/set-password?token=");
        try (Browser person = browsers.open()) {
            person.open(link.substring(link.indexOf("/set-password")));
            assertThat(person.text()).contains("Welcome to Mentorflow", "Bea Browser", username);
            shoot(person, 1366, 900, "target/set-password-1366x900.png");
            shoot(person, 390, 844, "target/set-password-390x844.png");

            person.driver().findElement(By.id("password")).sendKeys("password1234");
            person.driver().findElement(By.id("confirmation")).sendKeys("password1234");
            person.driver().findElement(By.cssSelector("button[type=submit]")).click();
            assertThat(person.waitFor(By.id("password-error")).getText()).contains("list of common passwords");
            shoot(person, 390, 844, "target/set-password-refused-390x844.png");

            person.driver().findElement(By.id("password")).sendKeys(PASSWORD);
            person.driver().findElement(By.id("confirmation")).sendKeys(PASSWORD);
            person.driver().findElement(By.cssSelector("button[type=submit]")).click();
            new WebDriverWait(person.driver(), Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("set-password"));
            person.settle();
            new WebDriverWait(person.driver(), Duration.ofSeconds(20)).until(d -> person.text().contains("Complete your mentoring profile"));
            assertThat(person.driver().getCurrentUrl()).doesNotContain("/login");
            assertThat(person.contentSecurityPolicyViolations()).isEmpty();

            person.driver().manage().deleteAllCookies();
            person.signIn(username, PASSWORD);
            assertThat(person.driver().getCurrentUrl()).doesNotContain("/login");
            assertThat(person.text()).contains("Complete your mentoring profile");
        }
    }

    @Test
    void anAdminInvitesEveryoneWithoutAnAccountAndSeesHowManySoFar() throws Exception {
        String first = InvitationFixtures.employee(jdbc, "bulk-ui", "Bo Bulk");
        String second = InvitationFixtures.employee(jdbc, "bulk-ui", "Bi Bulk");

        try (Browser admin = browsers.open()) {
            admin.signIn("admin", "mentorflow-demo");
            admin.open("/admin/invitations");
            admin.click(By.id("invite-all"));
            new WebDriverWait(admin.driver(), Duration.ofSeconds(60)).until(d -> admin.text().contains("Their mails are in the outbox."));
            admin.settle();
            assertThat(admin.waitFor(By.id("invitation-status")).getText()).matches("(\\d+) of \\1 invited\\. Their mails are in the outbox\\.");
            assertThat(admin.driver().findElement(By.id("invite-all")).getText()).endsWith("(0)");
            admin.screenshot("target/invitations-everyone.png");
        }
        assertThat(InvitationFixtures.mailsTo(jdbc, InvitationFixtures.emailOf(jdbc, first))).isEqualTo(1);
        assertThat(InvitationFixtures.mailsTo(jdbc, InvitationFixtures.emailOf(jdbc, second))).isEqualTo(1);
    }

    @Test
    void theLoginPageLeadsToForgotPassword() throws Exception {
        try (Browser browser = browsers.open()) {
            browser.open("/login");
            browser.waitFor(By.cssSelector("vaadin-login-form"));
            browser.click(By.cssSelector("vaadin-button[slot='forgot-password']"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/forgot-password"));
            browser.driver().findElement(By.id("who")).sendKeys("nobody@example.com");
            browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
            try {
                browser.waitFor(By.id("notice"));
            } catch (RuntimeException e) {
                throw new AssertionError(browser.driver().getCurrentUrl() + "\n" + browser.driver().getPageSource(), e);
            }
            assertThat(browser.waitFor(By.id("notice")).getText()).contains("If that is the username or e-mail address");
            shoot(browser, 390, 844, "target/forgot-password-390x844.png");
        }
    }

    private static void shoot(Browser browser, int width, int height, String file) {
        browser.driver().manage().window().setSize(new Dimension(width, height));
        browser.screenshot(file);
    }
}
