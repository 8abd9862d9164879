package com.mentorflow;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The two clocks a test moves, moved together: the engine's ({@link ClockUtil}: timers, due dates, task times) and
 * the app's ({@link TestClock}: deadlines, retries, "today"). Before each test both stand still at the same start;
 * after it both go back to the real time, so no test leaves the next one in the future.
 *
 * <pre>{@code
 * @RegisterExtension final TestClocks clocks = new TestClocks();
 * ...
 * clocks.moveTo(Duration.ofDays(30));   // start + 30 days on both clocks
 * clocks.advance(Duration.ofSeconds(31));
 * }</pre>
 * A Spring test extension: the test class runs with {@link MentorflowTest}.
 */
public final class TestClocks implements BeforeEachCallback, AfterEachCallback {

    private TestClock app;
    private Instant start;

    @Override
    public void beforeEach(ExtensionContext context) {
        app = SpringExtension.getApplicationContext(context).getBean(TestClock.class);
        // Millisecond precision: the engine keeps dates in milliseconds, so start + d compares exactly with its due dates.
        start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        set(start);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ClockUtil.reset();
        app.reset();
    }

    /** Where both clocks stood when the test began. */
    public Instant start() {
        return start;
    }

    public Instant now() {
        return app.instant();
    }

    /** Both clocks to the test's start plus the given time. */
    public void moveTo(Duration sinceStart) {
        set(start.plus(sinceStart));
    }

    public void advance(Duration duration) {
        set(now().plus(duration));
    }

    /** Both clocks to the given moment. */
    public void moveTo(Instant at) {
        set(at);
    }

    private void set(Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
        app.set(at);
    }
}
