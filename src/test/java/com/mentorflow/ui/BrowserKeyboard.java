package com.mentorflow.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A person without a mouse: keys go to whatever has the focus, as a keyboard's do; nothing is clicked. Issue 16 §3's
 * keyboard-only paths use it: {@code keyboard.tabTo(By.id("profile-save")); keyboard.press(Keys.ENTER);}.
 */
public final class BrowserKeyboard {

    /** More than any of the app's pages has stops before its last control (the menu comes first). */
    private static final int MOST_TABS = 150;

    private final Browser browser;

    public BrowserKeyboard(Browser browser) {
        this.browser = browser;
    }

    /** Presses Tab until the focus is on or inside the element; fails, naming where the focus went, when it never is. */
    public WebElement tabTo(By locator) {
        WebElement target = browser.waitFor(locator);
        for (int i = 0; i < MOST_TABS; i++) {
            if (hasFocus(target)) {
                return target;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reaches " + locator + " in " + MOST_TABS + " presses; the focus is on " + focused());
    }

    /** Keys (or text) to the focused element, then waits for the server's answer. */
    public void press(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
        browser.settle();
    }

    /** A key with Control held, as Ctrl+A selects a field's text. */
    public void pressWithControl(String key) {
        new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys(key).keyUp(Keys.CONTROL).perform();
        browser.settle();
    }

    public boolean hasFocus(WebElement element) {
        return Boolean.TRUE.equals(browser.script("return arguments[0] === document.activeElement "
                + "|| arguments[0].contains(document.activeElement)", element));
    }

    /**
     * In a grid: Tab into it, End to the last column (where the row's buttons are), down the rows until the focused
     * cell holds a button with this accessible name, Enter to reach the button and Enter to press it.
     */
    public void pressButtonInGrid(By grid, String ariaLabel) {
        tabTo(grid);
        // Tab enters the header row first; the next Tab moves into the rows (arrows stay within the header).
        if (Boolean.TRUE.equals(browser.script("const cell = arguments[0].shadowRoot.activeElement;"
                + "return cell != null && cell.getAttribute('role') === 'columnheader';", browser.waitFor(grid)))) {
            press(Keys.TAB);
        }
        press(Keys.END);
        for (int row = 0; row < 50; row++) {
            Object label = browser.script("const grid = arguments[0]; let cell = grid.shadowRoot.activeElement;"
                    + "const slot = cell && cell.querySelector('slot');"
                    + "const content = slot && slot.assignedElements()[0];"
                    + "const button = content && content.querySelector('vaadin-button');"
                    + "return button ? button.getAttribute('aria-label') : null;", browser.waitFor(grid));
            if (ariaLabel.equals(label)) {
                press(Keys.ENTER);
                press(Keys.ENTER);
                return;
            }
            press(Keys.ARROW_DOWN);
        }
        throw new AssertionError("no row of " + grid + " has a button '" + ariaLabel + "'; the focus is on " + focused());
    }

    /** The focused element, through shadow roots, for a failure message. */
    public String focused() {
        return String.valueOf(browser.script("let a = document.activeElement;"
                + "while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }"
                + "return a ? a.outerHTML.substring(0, 200) : 'nothing';"));
    }

    /**
     * How the element and the parts in its shadow root are drawn where a focus indicator would be: outline and box
     * shadow. Compared focused and not focused, it says whether a person sees where the focus is.
     */
    public String focusIndicator(WebElement element) {
        return String.valueOf(browser.script("const el = arguments[0];"
                + "const parts = [el, ...(el.shadowRoot ? el.shadowRoot.querySelectorAll('[part]') : [])];"
                + "return parts.map(p => { const s = getComputedStyle(p);"
                + "  return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor + ' ' + s.boxShadow; }).join(' | ');",
                element));
    }
}
