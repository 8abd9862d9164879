package com.mentorflow.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with nothing downloaded: the browser and driver come from
 * the {@code chromium} and {@code chromium-driver} packages (.ci/run installs them). Elsewhere, name them:
 * {@code -Dbrowser.chromium=/path/to/chrome -Dbrowser.chromedriver=/path/to/chromedriver} (a Chrome or Chromium and
 * the driver of the same version).
 */
public final class Browser implements AutoCloseable {

    /** The window a browser opens with and goes back to between tests. */
    static final int WIDTH = 1280;
    static final int HEIGHT = 900;

    private final ChromeDriver driver;
    private String baseUrl;
    /** Where {@link #close()} hands a browser of {@link Browsers} back; null for one the test started itself. */
    private final java.util.function.Consumer<Browser> release;
    /** Whether {@link #speak(String)} changed the browser's languages, for {@link #forget()} to change them back. */
    private boolean speaksOtherLanguages;

    /** A browser of the test's own, quit on {@link #close()}. Prefer {@link Browsers}, which reuses them. */
    public Browser(int port) throws IOException {
        this(port, null);
    }

    Browser(int port, java.util.function.Consumer<Browser> release) throws IOException {
        this.baseUrl = "http://localhost:" + port;
        this.release = release;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + WIDTH + "," + HEIGHT, "--user-data-dir=" + Files.createTempDirectory("mentorflow-chromium"));
        // The console is kept, so tests can check that nothing broke the Content-Security-Policy.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(executable("chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
    }

    /** The server this browser's {@link #open(String)} paths go to. */
    void pointAt(int port) {
        baseUrl = "http://localhost:" + port;
    }

    /**
     * As a new browser would be: no cookies or stored data (signed out everywhere, the single sign-on provider
     * included), no console messages left over, the usual window size, a blank page.
     */
    void forget() {
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        driver.executeCdpCommand("Storage.clearDataForOrigin", java.util.Map.of("origin", baseUrl, "storageTypes", "all"));
        driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(WIDTH, HEIGHT));
        if (speaksOtherLanguages) {
            speak("en-US,en");
            speaksOtherLanguages = false;
        }
    }

    /**
     * From now on asks for pages in these languages, most preferred first, as a browser set to them would (its
     * Accept-Language header, to which Chromium adds the weights): {@code speak("es-ES,es,en")}. Through the DevTools protocol rather than a start-up flag, so a browser of
     * {@link Browsers} can do it; it speaks English again when handed back.
     */
    public void speak(String acceptLanguage) {
        String agent = String.valueOf(script("return navigator.userAgent"));
        driver.executeCdpCommand("Network.setUserAgentOverride", java.util.Map.of("userAgent", agent, "acceptLanguage", acceptLanguage));
        speaksOtherLanguages = true;
    }

    void quit() {
        driver.quit();
    }

    /**
     * Fails, with what to do, when the browser or its driver is missing: the browser tests run only when asked for
     * (-Pbrowser), so a missing browser is an error, never a reason to skip.
     */
    static void requireInstalled() {
        executable("chromium");
        executable("chromedriver");
    }

    /** The one named by {@code -Dbrowser.<name>}, else Debian's. */
    private static String executable(String name) {
        String property = "browser." + name;
        String named = System.getProperty(property);
        if (named != null && !named.isBlank()) {
            if (Files.isExecutable(Path.of(named))) {
                return named;
            }
            throw new IllegalStateException(name + " is not at " + named + " (-D" + property + ")");
        }
        for (String dir : List.of("/usr/bin", "/usr/lib/chromium", "/usr/local/bin")) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IllegalStateException(name + " is not installed: the browser tests (-Pbrowser) need Debian's "
                + "chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run does this), "
                + "or -Dbrowser.chromium=... -Dbrowser.chromedriver=... naming a Chrome or Chromium and its driver");
    }

    public void open(String path) {
        driver.get(baseUrl + path);
        settle();
    }

    /**
     * Goes to {@code path} within the page, as a link in the app does: Vaadin's router swaps the view in one server
     * round-trip, where {@link #open(String)} loads the page and all its scripts again (half a second of a CI
     * machine's time each). For walks over many views that look at what a view shows; what an address does when
     * typed or bookmarked (a redirect, a refusal, a signed-out visitor) needs {@link #open(String)}.
     */
    public void navigate(String path) {
        driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "window.addEventListener('vaadin-navigated', () => done(), {once: true});"
                + "const link = document.createElement('a'); link.href = arguments[0]; document.body.append(link);"
                + "link.click(); link.remove();", path);
        settle();
    }

    public void signIn(String username, String password) {
        open("/login");
        WebElement user = waitFor(By.cssSelector("#vaadinLoginUsername input"));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        waiting(Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
        settle();
    }

    /** Signs in, then goes straight to {@code path}: as a person follows a link from a mail or a bookmark. */
    public void signInAndOpen(String username, String password, String path) {
        signIn(username, password);
        open(path);
    }

    public WebElement waitFor(By locator) {
        return waiting(Duration.ofSeconds(20)).until(d -> {
            List<WebElement> found = d.findElements(locator);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    /** Waits until Vaadin has no server round-trip in flight. */
    public void settle() {
        waiting(Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients || "
                        + "Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }

    /**
     * A wait that looks every 25 ms. Selenium looks again only every 500 ms by default, while most of these waits are
     * over within a few milliseconds; the browser tests wait thousands of times, so wait with this rather than a
     * {@code new WebDriverWait(driver, timeout)}.
     */
    public WebDriverWait waiting(Duration timeout) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(25));
    }

    /** Scrolls the element to the middle of the window first: the app layout's sticky parts cover the edges. */
    public void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        settle();
    }

    public void click(By locator) {
        click(waitFor(locator));
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * For a person reading the test run: the page on a laptop and on a phone, {@code target/<name>-1366.png}
     * (1366x900) and {@code target/<name>-390.png} (390x844). The window keeps its size afterwards.
     */
    public void screenshots(String name) {
        org.openqa.selenium.Dimension size = driver.manage().window().getSize();
        for (int[] screen : new int[][] {{1366, 900}, {390, 844}}) {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(screen[0], screen[1]));
            settle();
            screenshot("target/" + name + "-" + screen[0] + ".png");
        }
        driver.manage().window().setSize(size);
        settle();
    }

    /** For a person reading the test run: what the page looked like. */
    public void screenshot(String file) {
        try {
            Files.write(Path.of(file), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Console messages since the last call in which the browser refused something under the Content-Security-Policy. */
    public List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
    }

    /**
     * Serious and critical WCAG 2 A/AA violations axe-core finds on the page as it is now, one line each: rule, impact,
     * the element's selector and what to do. Empty when the page passes.
     */
    public List<String> accessibilityViolations() {
        return BrowserAccessibility.violations(driver);
    }

    /** Fails listing every serious or critical WCAG 2 A/AA violation on the page as it is now. */
    public void assertAccessible() {
        List<String> violations = accessibilityViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError(driver.getCurrentUrl() + " has " + violations.size() + " accessibility violation(s):\n  "
                    + String.join("\n  ", violations));
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    public void chooseInComboBox(String id, String value) {
        WebElement input = driver.findElement(By.cssSelector("#" + id + " input"));
        script("arguments[0].scrollIntoView({block: 'center'})", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
        waitUntilLoaded(id);
        input.sendKeys(Keys.ENTER);
        waitUntilClosed(id);
    }

    public void chooseInMultiSelect(String id, String label) {
        WebElement input = driver.findElement(By.cssSelector("#" + id + " input"));
        script("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(label);
        waitUntilLoaded(id);
        WebElement item = waitFor(By.xpath("//vaadin-multi-select-combo-box-item[normalize-space(.)='" + label + "']"));
        item.click();
        input.sendKeys(Keys.ESCAPE);
        waitUntilClosed(id);
    }

    public void chooseInSelect(String id, String label) {
        WebElement select = driver.findElement(By.id(id));
        script("arguments[0].scrollIntoView({block: 'center'})", select);
        click(select);
        waitFor(By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']")).click();
        settle();
    }

    private void waitUntilLoaded(String id) {
        waiting(Duration.ofSeconds(10)).until(d -> Boolean.FALSE.equals(
                script("return document.getElementById(arguments[0]).loading", id)));
        settle();
    }

    private void waitUntilClosed(String id) {
        waiting(Duration.ofSeconds(10)).until(d -> !Boolean.TRUE.equals(
                script("return document.getElementById(arguments[0]).opened", id)));
        settle();
    }

    /** Quits a browser of the test's own; hands one of {@link Browsers} back for the next test. */
    @Override
    public void close() {
        if (release == null) {
            driver.quit();
        } else {
            release.accept(this);
        }
    }
}
