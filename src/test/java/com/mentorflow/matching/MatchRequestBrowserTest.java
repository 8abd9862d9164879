package com.mentorflow.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import com.mentorflow.TestProfiles;
import com.mentorflow.matching.MentorSuggestions;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.OnboardingService;
import com.mentorflow.ui.Browser;
import com.mentorflow.ui.Browsers;
import java.time.Duration;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** Two people, two browsers: the mentee asks, the mentor accepts, both see the mentorship. */
@MentorflowTest
@Tag("browser")
class MatchRequestBrowserTest {

    @RegisterExtension final Browsers browsers = new Browsers();

    @Autowired AccountService accounts;
    @Autowired OnboardingService onboarding;
    @Autowired TaskService taskService;
    @Autowired MentorSuggestions suggestions;

    @Test
    void theMenteeAsksTheMentorAcceptsAndBothSeeTheMentorship() throws Exception {
        Account mentee = person("b-mentee", false);
        Account mentor = person("b-mentor", true);
        // A bookmark puts this mentor on the first card, whoever else the shared test database holds.
        suggestions.bookmark(mentee.getUsername(), mentor.getId(), true);

        try (Browser menteeBrowser = browsers.open(); Browser mentorBrowser = browsers.open()) {
            menteeBrowser.signIn(mentee.getUsername(), TestPeople.PASSWORD);
            // The header names the person; the menu offers a mentee Find a mentor.
            assertThat(menteeBrowser.waitFor(By.cssSelector(".signed-in-as")).getText()).isEqualTo(mentee.getDisplayName());
            assertThat(menteeBrowser.waitFor(By.cssSelector("vaadin-side-nav")).getText()).contains("Find a mentor");
            menteeBrowser.open("/mentors");
            WebElement first = menteeBrowser.waitFor(By.cssSelector(".suggestion-card"));
            assertThat(first.getText()).contains(mentor.getDisplayName());
            menteeBrowser.click(first.findElement(By.cssSelector(".suggestion-ask")));
            WebElement note = menteeBrowser.waitFor(By.cssSelector("#request-note textarea"));
            note.sendKeys("Too short");
            menteeBrowser.click(By.id("request-send"));
            assertThat(menteeBrowser.text()).contains("at least 20 characters");
            note.sendKeys(" — I would love your advice on my first year here.");
            menteeBrowser.click(By.id("request-send"));
            assertThat(menteeBrowser.text()).contains("Request sent to " + mentor.getDisplayName());

            mentorBrowser.signIn(mentor.getUsername(), TestPeople.PASSWORD);
            WebElement open = mentorBrowser.waitFor(By.cssSelector("#inbox-grid vaadin-button"));
            assertThat(mentorBrowser.waitFor(By.cssSelector("vaadin-side-nav")).getText())
                    .as("a mentor is not offered Find a mentor").contains("My requests").doesNotContain("Find a mentor");
            assertThat(mentorBrowser.text()).contains("Review match request")
                    .contains("Request from " + mentee.getDisplayName() + " to " + mentor.getDisplayName());
            mentorBrowser.click(open);
            mentorBrowser.waitFor(By.id("review-accept"));
            assertThat(mentorBrowser.text()).contains("I would love your advice on my first year here.");
            mentorBrowser.screenshot("target/review-request.png");
            mentorBrowser.click(By.id("review-accept"));
            new WebDriverWait(mentorBrowser.driver(), Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/"));

            mentorBrowser.open("/requests");
            assertThat(mentorBrowser.waitFor(By.id("my-mentorships")).getText())
                    .contains(mentee.getDisplayName() + " is your mentee in the Open mentoring");
            assertThat(mentorBrowser.text()).contains("Requests I received").doesNotContain("Requests I sent");
            menteeBrowser.open("/requests");
            assertThat(menteeBrowser.waitFor(By.id("my-mentorships")).getText())
                    .contains(mentor.getDisplayName() + " is your mentor in the Open mentoring");
            assertThat(menteeBrowser.text()).contains("Accepted").contains("Mentorship started")
                    .contains("Requests I sent").doesNotContain("Requests I received");
            menteeBrowser.screenshot("target/my-requests.png");
        }
    }

    private Account person(String prefix, boolean mentor) {
        Account account = TestPeople.participant(accounts, prefix);
        String taskId = taskService.createTaskQuery().taskAssignee(account.getUsername()).singleResult().getId();
        onboarding.completeProfile(taskId, account.getUsername(), TestProfiles.person(mentor, !mentor)
                .named(prefix + " Person").answers());
        return accounts.findById(account.getId()).orElseThrow();
    }
}
