package com.mentorflow.ui;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The browsers of the browser tests. Starting Chromium takes a second or two and the suite asks for a browser
 * about forty times, so a browser started once serves the whole test run: {@link Browser#close()} (or the end of the
 * test) hands it back signed out and emptied, and the next test takes it. The run quits them all at its end.
 *
 * <pre>{@code
 * @RegisterExtension final Browsers browsers = new Browsers();
 *
 * try (Browser mentee = browsers.open(); Browser mentor = browsers.open()) { ... }
 * browser.screenshots("journey");   // target/journey-1366.png and target/journey-390.png
 * }</pre>
 * The test class runs with {@link com.mentorflow.MentorflowTest}: the browsers open its server.
 */
public final class Browsers implements BeforeEachCallback, AfterEachCallback {

    /** Idle browsers, shared by every test class of the run. */
    private static final Deque<Browser> idle = new ArrayDeque<>();

    private final List<Browser> lent = new ArrayList<>();
    private int port;

    @Override
    public void beforeEach(ExtensionContext context) {
        Browser.requireInstalled();
        port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port", Integer.class);
        // Quit at the end of the run, however many test classes used them.
        context.getRoot().getStore(ExtensionContext.Namespace.create(Browsers.class))
                .getOrComputeIfAbsent("quit", key -> (ExtensionContext.Store.CloseableResource) Browsers::quitAll);
    }

    /** A browser of its own for this test (asked for in the test or a {@code @BeforeEach}): signed out, 1280x900. */
    public Browser open() throws IOException {
        if (port == 0) {
            throw new IllegalStateException("Browsers opens browsers in a test or @BeforeEach, once the server runs");
        }
        Browser browser;
        synchronized (idle) {
            browser = idle.poll();
        }
        if (browser == null) {
            browser = new Browser(port, this::giveBack);
        } else {
            browser.pointAt(port);
        }
        lent.add(browser);
        return browser;
    }

    /** Whatever the test did not close goes back too. */
    @Override
    public void afterEach(ExtensionContext context) {
        for (Browser browser : List.copyOf(lent)) {
            giveBack(browser);
        }
    }

    private void giveBack(Browser browser) {
        if (!lent.remove(browser)) {
            return; // closed twice: by the test and at its end
        }
        try {
            browser.forget();
        } catch (RuntimeException broken) {
            // A browser that cannot be emptied is not lent again.
            quietly(browser);
            return;
        }
        synchronized (idle) {
            idle.push(browser);
        }
    }

    private static void quitAll() {
        synchronized (idle) {
            idle.forEach(Browsers::quietly);
            idle.clear();
        }
    }

    private static void quietly(Browser browser) {
        try {
            browser.quit();
        } catch (RuntimeException alreadyGone) {
            // nothing left to quit
        }
    }
}
