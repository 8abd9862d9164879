package com.mentorflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.RawTimestamps;
import com.mentorflow.TestCircles;
import com.mentorflow.TestMentorships;
import com.mentorflow.TestPeople;
import com.mentorflow.people.Account;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.Program;
import com.mentorflow.platform.Roles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16 §1, phone first: every view of every role, at 390x844 and at 1366x900, measured in the browser. No page
 * scrolls sideways, every action of the view lies within the window's width, no name or label ends in an ellipsis,
 * and on the phone the drawer toggle shows and opens the navigation; no text shows a raw timestamp (issue 16, done when).
 * The views are the ones the person's menu lists, plus a circle's page and a task.
 */
@MentorflowTest
@Tag("browser")
class PhoneLayoutBrowserTest {

    @RegisterExtension final Browsers browsers = new Browsers();

    @Autowired TestMentorships mentorships;
    @Autowired TestCircles circles;
    @Autowired AccountService accounts;

    /** The page's measurements: each entry is one thing wrong, with where it is. */
    private static final String PROBLEMS = """
            const problems = [];
            const width = window.innerWidth;
            const root = document.scrollingElement;
            if (root.scrollWidth > width) problems.push('the page scrolls sideways: ' + root.scrollWidth + ' > ' + width);
            // the app layout scrolls its content part itself
            const layout = document.querySelector('vaadin-app-layout');
            const main = layout && layout.shadowRoot.querySelector('[content]');
            if (main && main.scrollWidth > main.clientWidth + 1) {
              const wide = [...document.querySelectorAll('vaadin-app-layout > :not([slot]) *')]
                  .filter(e => e.getBoundingClientRect().right > width + 1 && !e.closest('vaadin-grid'))
                  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')).slice(0, 3);
              problems.push('the page scrolls sideways: ' + main.scrollWidth + ' > ' + main.clientWidth + ' ' + wide);
            }
            const shown = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0
                && getComputedStyle(e).visibility !== 'hidden' && !e.closest('[hidden]'); };
            const name = e => (e.getAttribute('aria-label') || e.textContent || e.tagName).trim().replace(/\\s+/g, ' ').slice(0, 60);
            const content = document.querySelector('vaadin-app-layout') ? [...document.querySelector('vaadin-app-layout').children]
                .filter(c => !c.hasAttribute('slot')) : [document.body];
            for (const part of content) {
              for (const action of part.querySelectorAll('vaadin-button, button, a[href]')) {
                if (!shown(action)) continue;
                const r = action.getBoundingClientRect();
                if (r.left < -1 || r.right > width + 1) {
                  problems.push('outside the window (' + Math.round(r.left) + '..' + Math.round(r.right) + '): ' + name(action));
                }
              }
            }
            for (const e of document.querySelectorAll('body *')) {
              if (!shown(e) || getComputedStyle(e).textOverflow !== 'ellipsis') continue;
              if (e.scrollWidth > e.clientWidth + 1 && e.textContent.trim()) problems.push('cut off: ' + name(e));
            }
            return problems;
            """;

    @Test
    void everyViewOfEveryRoleFitsAPhoneAndALaptop() throws Exception {
        TestMentorships.Matched pair = mentorships.matched("phone", Program.NEW_HIRE);
        Account circleManager = circles.regular("phone-circle-manager-with-a-rather-long-name", 5);
        long circle = circles.propose(circleManager, "Careers after service and the long road into senior engineering roles", 8);
        Account manager = TestPeople.create(accounts, "phone-program-manager", Roles.PARTICIPANT, Roles.PROGRAM_MANAGER);
        Account admin = TestPeople.create(accounts, "phone-admin", Roles.PARTICIPANT, Roles.ADMIN);

        List<String> problems = new ArrayList<>();
        problems.addAll(check("mentee", pair.mentee(), List.of("/circle/" + circle)));
        problems.addAll(check("mentor", pair.mentor(), List.of("/circle/" + circle)));
        problems.addAll(check("circle-manager", circleManager, List.of("/circle/" + circle)));
        problems.addAll(check("program-manager", manager, List.of()));
        problems.addAll(check("admin", admin, List.of()));
        assertThat(problems).isEmpty();
    }

    /** Every view in the person's menu and the extra paths, at both sizes; the phone also opens the first task. */
    private List<String> check(String role, Account person, List<String> extra) throws Exception {
        List<String> problems = new ArrayList<>();
        try (Browser browser = browsers.open()) {
            browser.signIn(person.getUsername(), TestPeople.PASSWORD);
            List<String> paths = new ArrayList<>();
            for (Object path : (List<?>) browser.script("return [...document.querySelectorAll('vaadin-side-nav-item')]"
                    + ".map(i => i.getAttribute('path'))")) {
                paths.add("/" + path);
            }
            assertThat(paths).as(role + "'s menu").isNotEmpty();
            paths.addAll(extra);
            for (String path : paths) {
                browser.navigate(path);
                String name = "phone-" + role + path.replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
                for (int[] screen : new int[][] {{390, 844}, {1366, 900}}) {
                    resize(browser, screen[0], screen[1]);
                    problems.addAll(measure(browser, role + " " + path + " at " + screen[0]));
                    problems.addAll(rawTimestamps(browser, role + " " + path + " at " + screen[0]));
                    // what Browser.screenshots(name) writes, taken at the size the page is measured at
                    browser.screenshot("target/" + name + "-" + screen[0] + ".png");
                }
                resize(browser, 390, 844);
                problems.addAll(drawer(browser, role + " " + path));
            }
            problems.addAll(firstTaskOpensFromItsCard(browser, role));
        }
        return problems;
    }

    private static void resize(Browser browser, int width, int height) {
        browser.driver().manage().window().setSize(new Dimension(width, height));
        browser.settle();
        // the grids render their rows in the next frames
        browser.waiting(Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(browser.script(
                "return window.innerWidth === arguments[0] && [...document.querySelectorAll('vaadin-grid')]"
                        + ".every(g => !g.hasAttribute('loading'))", width)));
        browser.script("return new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
    }

    private static List<String> measure(Browser browser, String where) {
        List<String> problems = new ArrayList<>();
        for (Object problem : (List<?>) browser.script(PROBLEMS)) {
            problems.add(where + ": " + problem);
        }
        return problems;
    }

    /** Times the page shows unformatted (the phone's cards say other things than the laptop's grid, so both are read). */
    private static List<String> rawTimestamps(Browser browser, String where) {
        return RawTimestamps.in(browser.text()).stream().map(raw -> where + ": a raw timestamp: " + raw).toList();
    }

    /** The toggle shows within the window, and pressing it slides in the menu. */
    private static List<String> drawer(Browser browser, String where) {
        List<String> toggles = browser.driver().findElements(By.cssSelector("vaadin-drawer-toggle")).stream()
                .filter(t -> t.isDisplayed()).map(t -> "").toList();
        if (toggles.isEmpty()) {
            return List.of(where + ": no drawer toggle on the phone");
        }
        Object inside = browser.script("const r = document.querySelector('vaadin-drawer-toggle').getBoundingClientRect();"
                + "return r.left >= 0 && r.right <= window.innerWidth && r.top >= 0 && r.bottom <= window.innerHeight");
        if (!Boolean.TRUE.equals(inside)) {
            return List.of(where + ": the drawer toggle is outside the window");
        }
        browser.click(By.cssSelector("vaadin-drawer-toggle"));
        boolean opened;
        try {
            browser.waiting(Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(browser.script(
                    "const item = document.querySelector('vaadin-side-nav-item'); if (!item) return false;"
                            + "const r = item.getBoundingClientRect();"
                            + "return document.querySelector('vaadin-app-layout').hasAttribute('drawer-opened')"
                            + " && r.left >= 0 && r.right <= window.innerWidth && r.width > 0")));
            opened = true;
        } catch (org.openqa.selenium.TimeoutException e) {
            opened = false;
        }
        browser.script("document.querySelector('vaadin-app-layout').drawerOpened = false");
        browser.settle();
        return opened ? List.of() : List.of(where + ": the drawer toggle does not open the menu");
    }

    /** On the phone a task is a card, and the whole card opens it. */
    private static List<String> firstTaskOpensFromItsCard(Browser browser, String role) {
        browser.navigate("/");
        resize(browser, 390, 844);
        List<org.openqa.selenium.WebElement> cards = browser.driver().findElements(By.cssSelector("#inbox-grid-cards .card"));
        if (cards.stream().noneMatch(org.openqa.selenium.WebElement::isDisplayed)) {
            return browser.driver().findElements(By.cssSelector("#inbox-grid")).isEmpty() ? List.of()
                    : List.of(role + ": My tasks shows no cards on the phone");
        }
        org.openqa.selenium.WebElement card = cards.get(0);
        browser.script("arguments[0].scrollIntoView({block: 'center'})", card);
        // a tap beside the title, not on it: the whole card is the link
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .moveToElement(card, card.getRect().getWidth() / 2 - 8, card.getRect().getHeight() / 2 - 4).click().perform();
        try {
            browser.waiting(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/tasks/"));
            return List.of();
        } catch (org.openqa.selenium.TimeoutException e) {
            return List.of(role + ": tapping a task's card does not open it");
        }
    }
}
