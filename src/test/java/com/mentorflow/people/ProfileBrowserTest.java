package com.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.ui.Browser;
import com.mentorflow.ui.Browsers;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** "My profile": download my data, then erase my account and be signed out for good. */
@MentorflowTest
@Tag("browser")
class ProfileBrowserTest {

    @RegisterExtension final Browsers browsers = new Browsers();

    @Autowired AccountService accounts;
    private Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = browsers.open();
    }

    @Test
    void aParticipantDownloadsTheirDataAndErasesTheirAccount() {
        Account leaving = TestPeople.participant(accounts, "leaving");
        browser.signIn(leaving.getUsername(), TestPeople.PASSWORD);
        browser.open("/profile");

        WebElement download = browser.waitFor(By.id("profile-download"));
        Object json = browser.script("return fetch(arguments[0].href).then(response => response.text())", download);
        assertThat(json.toString()).contains("\"username\" : \"" + leaving.getUsername() + "\"")
                .contains("\"email\" : \"" + leaving.getEmail() + "\"").contains("\"profile\"");

        browser.click(By.id("profile-erase"));
        browser.click(By.id("profile-erase-confirm"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/login"));

        assertThat(accounts.findByUsername(leaving.getUsername())).isEmpty();
        browser.open("/login");
        browser.driver().findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys(leaving.getUsername());
        browser.driver().findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(TestPeople.PASSWORD);
        browser.driver().findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("error"));
    }
}
