package com.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.platform.Roles;
import com.mentorflow.ui.Browser;
import com.mentorflow.ui.Browsers;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 14 §4: an admin finds a person on People, makes them program manager, deactivates and reactivates them. */
@MentorflowTest
@Tag("browser")
class PeopleBrowserTest {

    @RegisterExtension final Browsers browsers = new Browsers();

    @Autowired AccountService accounts;

    @Test
    void anAdminFindsSomeoneChangesTheirRoleAndSwitchesThemOffAndOnWithTheKeyboard() throws Exception {
        Account person = TestPeople.participant(accounts, "people-ui");
        try (Browser admin = browsers.open()) {
            admin.signIn("admin", "mentorflow-demo");
            admin.open("/admin/people");
            WebElement search = admin.waitFor(By.cssSelector("#people-search input"));
            assertThat(admin.text()).contains("People", "Name and e-mail", "Employee id", "Roles", "Status", "Signs in with",
                    "Last sign-in");
            shoot(admin, 1366, 900, "target/people-1366x900.png");

            search.sendKeys("nobody-is-called-this", Keys.ENTER);
            waitForRows(admin, 0);
            assertThat(admin.text()).contains("No one matches.", "0 people");
            shoot(admin, 390, 844, "target/people-empty-390x844.png");
            admin.driver().manage().window().setSize(new Dimension(1366, 900));

            search.sendKeys(Keys.chord(Keys.CONTROL, "a"), person.getUsername(), Keys.ENTER);
            waitForRows(admin, 1);
            assertThat(admin.text()).contains(person.getEmail(), person.getEmployeeId(), "Participant", "Active", "Password",
                    "Never", "1 person");
            // Keyboard: Tab from the search field to the grid's header, Tab again to its rows, Space chooses the person.
            new Actions(admin.driver()).sendKeys(Keys.TAB).pause(200).sendKeys(Keys.TAB).pause(200)
                    .sendKeys(Keys.SPACE).perform();
            admin.settle();
            try {
                admin.waitFor(By.id("person-actions"));
            } catch (RuntimeException e) {
                admin.screenshot("target/people-keyboard-failed.png");
                throw e;
            }
            assertThat(admin.text()).contains("username " + person.getUsername());

            admin.click(By.id("grant-program_manager"));
            new WebDriverWait(admin.driver(), Duration.ofSeconds(20)).until(d -> admin.text().contains("is now program manager"));
            assertThat(accounts.findById(person.getId()).orElseThrow().getRoles()).contains(Roles.PROGRAM_MANAGER);
            assertThat(admin.waitFor(By.id("revoke-program_manager")).getText()).isEqualTo("Remove program manager role");

            admin.click(By.id("deactivate"));
            admin.waitFor(By.id("confirm-deactivate"));
            assertThat(admin.text()).contains("their mentorships are listed on Needs attention");
            shoot(admin, 1366, 900, "target/people-deactivate-1366x900.png");
            admin.click(By.id("confirm-deactivate"));
            new WebDriverWait(admin.driver(), Duration.ofSeconds(20)).until(d -> admin.text().contains("is deactivated."));
            assertThat(accounts.findById(person.getId()).orElseThrow().isActive()).isFalse();
            assertThat(admin.text()).contains("Deactivated");
            admin.waitFor(By.id("reactivate"));
            shoot(admin, 390, 844, "target/people-deactivated-390x844.png");
            admin.driver().manage().window().setSize(new Dimension(1366, 900));
            admin.click(By.id("reactivate"));
            new WebDriverWait(admin.driver(), Duration.ofSeconds(20)).until(d -> admin.text().contains("is active again"));
            assertThat(accounts.findById(person.getId()).orElseThrow().isActive()).isTrue();
            assertThat(admin.contentSecurityPolicyViolations()).isEmpty();
        }
    }

    @Test
    void anAdminReadsWhyTheyCannotRemoveTheirOwnAdminRole() throws Exception {
        try (Browser admin = browsers.open()) {
            admin.signIn("admin", "mentorflow-demo");
            admin.open("/admin/people");
            admin.waitFor(By.cssSelector("#people-search input")).sendKeys("admin@example.com", Keys.ENTER);
            waitForRows(admin, 1);
            admin.click(admin.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., 'admin@example.com')]")));
            admin.click(By.id("revoke-admin"));
            WebElement problem = admin.waitFor(By.id("person-problem"));
            assertThat(problem.getText()).isEqualTo("You cannot remove your own admin role: ask another admin to do it.");
            assertThat(admin.text()).contains("Last sign-in:").doesNotContain("Last sign-in: never");
            shoot(admin, 1366, 900, "target/people-refused-1366x900.png");
        }
    }

    private static void waitForRows(Browser browser, long rows) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Long.valueOf(rows).equals(
                browser.script("return document.getElementById('people').size")));
        browser.settle();
    }

    private static void shoot(Browser browser, int width, int height, String file) {
        browser.driver().manage().window().setSize(new Dimension(width, height));
        browser.settle();
        browser.screenshot(file);
    }
}
