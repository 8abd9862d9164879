package com.mentorflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.SsoProvider;
import com.mentorflow.MentorflowTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Single sign-on in a real browser, through every redirect: Mentorflow's login page, "Sign in with …", the provider's
 * own sign-in form, back in Mentorflow with the roles the groups claim grants; sign-out through the provider; and a
 * person the directory does not know, refused with a page.
 */
@MentorflowTest
@Tag("browser")
class SingleSignOnBrowserTest {

    @RegisterExtension final Browsers browsers = new Browsers();

    @LocalServerPort int port;
    private Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = browsers.open();
    }

    @Test
    void anAdminSignsInAtTheProviderAndComesBackWithTheAdminMenuThenSignsOutThere() {
        browser.open("/login");
        assertThat(browser.waitFor(By.cssSelector("#vaadinLoginUsername input")).isDisplayed())
                .as("the password form stays beside single sign-on (local login is on)").isTrue();
        browser.screenshots("login-sso");
        signInAtProvider("admin-subject", "{\"email\": \"admin@example.com\", \"groups\": [\"" + SsoProvider.ADMINS + "\"]}");

        browser.waitFor(By.cssSelector(".signed-in-as"));
        // The header names the admin account the provider's e-mail led to, by its display name.
        assertThat(browser.driver().findElement(By.cssSelector(".signed-in-as")).getText()).isEqualTo("Ada Admin");
        assertThat(browser.text()).contains("Models", "Outbox");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();

        browser.click(By.xpath("//vaadin-button[normalize-space(.)='Sign out']"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/login?logout"));
        browser.settle();
        assertThat(browser.waitFor(By.id("sso-note")).getText()).isEqualTo("You have signed out.");
        browser.open("/");
        assertThat(browser.driver().getCurrentUrl()).as("signed out in Mentorflow").contains("/login");
    }

    @Test
    void someoneTheDirectoryDoesNotKnowIsRefusedWithAPageThatSaysWhy() {
        browser.open("/login");
        signInAtProvider("stranger-subject", "{\"email\": \"stranger-" + System.nanoTime() + "@example.com\"}");

        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/sign-in-refused"));
        browser.settle();
        assertThat(browser.waitFor(By.id("sign-in-refused")).getText()).contains("We could not sign you in",
                "you are not in the company directory", "Back to the sign-in page");
        browser.screenshots("sign-in-refused");
    }

    /** Clicks "Sign in with …" and fills in the provider's form (mock-oauth2-server: a subject and claims as JSON). */
    private void signInAtProvider(String subject, String claims) {
        WebElement start = browser.waitFor(By.id("sso-sign-in"));
        assertThat(start.getText()).isEqualTo("Sign in with " + SsoProvider.CLIENT_NAME);
        start.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().startsWith(SsoProvider.issuer() + "/authorize"));
        browser.waitFor(By.name("username")).sendKeys(subject);
        browser.driver().findElement(By.name("claims")).sendKeys(claims);
        browser.driver().findElement(By.cssSelector("input[type='submit']")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().startsWith("http://localhost:" + port));
        browser.settle();
    }
}
