package com.mentorflow.matching;

import com.mentorflow.platform.RefusalException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Texts;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Cohort work the page starts (matching, re-running, publishing) runs off the request thread, so the page stays
 * responsive and its bar moves (the app has server push). A refusal reaches the page as its sentence, anything else as
 * one plain sentence, the log keeps the exception.
 */
class CohortProgress extends Composite<Div> {

    private static final Logger log = LoggerFactory.getLogger(CohortProgress.class);
    /** Two at a time: the machine may have two cores, and matching a large cohort keeps one busy for seconds. */
    private static final ExecutorService WORK = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "cohort-page-work");
        thread.setDaemon(true);
        return thread;
    });

    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Span status = new Span();

    CohortProgress(String id) {
        setId(id);
        status.setId(id + "-status");
        bar.getElement().setAttribute("aria-labelledby", id + "-status");
        getContent().add(bar, status);
        getContent().setWidthFull();
        setVisible(false);
    }

    /**
     * @param working what the page says meanwhile, in the reader's language
     * @param work    gets a progress callback (0..1) it may call from its own thread
     * @param done    on the page, with the result
     * @param failed  on the page, with the refusal's or failure's sentence in the reader's language
     */
    <T> void run(String working, Function<DoubleConsumer, T> work, Consumer<T> done, Consumer<String> failed) {
        UI ui = UI.getCurrent();
        Locale reader = ui.getLocale();
        SecurityContext security = SecurityContextHolder.getContext();
        bar.setIndeterminate(true);
        bar.setValue(0);
        status.setText(working);
        setVisible(true);
        AtomicInteger shown = new AtomicInteger(-1);
        WORK.submit(() -> {
            SecurityContextHolder.setContext(security);
            try {
                T result = work.apply(fraction -> {
                    int percent = (int) Math.max(0, Math.min(100, Math.floor(fraction * 100)));
                    // One push per percent, not per mentee: 10,000 calls would flood the connection.
                    if (shown.getAndSet(percent) != percent) {
                        on(ui, () -> {
                            bar.setIndeterminate(false);
                            bar.setValue(percent / 100.0);
                            status.setText(Texts.text(reader, "matching.cohort.progress", working, percent));
                        });
                    }
                });
                on(ui, () -> {
                    setVisible(false);
                    done.accept(result);
                });
            } catch (RuntimeException e) {
                String sentence = sentence(e, reader);
                on(ui, () -> {
                    setVisible(false);
                    failed.accept(sentence);
                });
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    /** What a person reads when a command of the page fails: the refusal's own sentence, else one plain sentence. */
    static String sentence(RuntimeException e, Locale reader) {
        if (e instanceof RefusalException refusal) {
            return refusal.message(reader);
        }
        if (e instanceof RejectedInputException rejected) {
            return String.join(" ", rejected.problems(reader).values());
        }
        log.warn("Cohort page: a command failed", e);
        return Texts.text(reader, "matching.cohort.failed");
    }

    private static void on(UI ui, Runnable change) {
        try {
            ui.access(change::run);
        } catch (UIDetachedException gone) {
            // The manager left the page; the work is done or refused all the same, the run page shows it.
        }
    }
}
