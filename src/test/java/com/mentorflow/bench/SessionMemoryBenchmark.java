package com.mentorflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.people.AccountService;
import com.mentorflow.people.NewAccount;
import com.mentorflow.platform.Roles;
import com.vaadin.flow.spring.SpringServlet;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

/**
 * Prints, does not assert on size: the heap that signed-in Vaadin sessions keep on the server, with
 * {@code bench.sessions} (1,000) of them open at once, each a different participant signed in over HTTP with their
 * inbox open. The server runs in this JVM (random port), so the heap measured is the server's; the clients are
 * dropped and collected before the second measurement. Each browser sends what Vaadin's client sends up to the
 * view being built ({@link BrowserOverHttp}); later requests of its JavaScript (the rows the grid asks for as it
 * renders) are not sent. {@code ./mvnw verify -Pbench -Dtest=SessionMemoryBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false} (sizes: -Dbench.sessions, -Dbench.session-threads).
 */
@MentorflowTest
@Tag("bench")
class SessionMemoryBenchmark {

    private static final String PASSWORD = "session-bench-password";
    private static final int WARM_UP = 20;

    @Autowired AccountService accounts;
    @Autowired ServletRegistrationBean<SpringServlet> vaadinServlet;
    @LocalServerPort int port;

    @Test
    void memoryPerSignedInSession() throws Exception {
        int sessions = Integer.getInteger("bench.sessions", 1000);
        int threads = Integer.getInteger("bench.session-threads", 4);
        String run = "sm" + Long.toString(System.currentTimeMillis(), 36);
        List<String> people = participants(run, WARM_UP + sessions, threads);

        // Warm-up, not counted: the first sessions load classes, routes, bundles and templates every later one shares.
        openSessions(people.subList(0, WARM_UP), threads);
        VaadinSessionCount count = VaadinSessionCount.attachTo(vaadinServlet.getServlet().getService());
        long before = heapAfterGc();

        long start = System.nanoTime();
        openSessions(people.subList(WARM_UP, people.size()), threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        long after = heapAfterGc();

        int open = count.openSessions();
        System.out.printf("%nBENCH sessions: %d people signed in over HTTP and opened their inbox in %.1f s with %d threads; "
                        + "the server counts %d new Vaadin sessions open, %d UIs created for a signed-in request, %d for an "
                        + "anonymous one; views shown %s%n", sessions, seconds, threads, open, count.signedInUis(),
                count.anonymousUis(), count.views());
        System.out.printf("BENCH memory per signed-in Vaadin session with %d sessions open: %.0f KB (heap used after GC %d MB "
                        + "before, %d MB after, max heap %d MB)%n", open, (after - before) / 1024.0 / open, before >> 20,
                after >> 20, Runtime.getRuntime().maxMemory() >> 20);
        count.closeAllAndDetach();
        assertThat(open).as("every person's session still open when measured").isEqualTo(sessions);
        assertThat(count.signedInUis()).as("one signed-in UI a person").isEqualTo(sessions);
    }

    /** Participants with a password, created through the service as an admin would (each starts onboarding). */
    private List<String> participants(String run, int number, int threads) throws Exception {
        List<String> usernames = new ArrayList<>();
        for (int i = 0; i < number; i++) {
            usernames.add(run + "-" + i);
        }
        forEach(usernames, threads, username -> accounts.create(new NewAccount(username, username + "@bench.example.com",
                "Session Person " + username, PASSWORD, Set.of(Roles.PARTICIPANT))));
        return usernames;
    }

    private void openSessions(List<String> usernames, int threads) throws Exception {
        forEach(usernames, threads, username -> {
            BrowserOverHttp browser = new BrowserOverHttp(port);
            browser.signIn(username, PASSWORD);
            browser.open("");
        });
    }

    private interface PerPerson {
        void run(String username) throws Exception;
    }

    private static void forEach(List<String> usernames, int threads, PerPerson action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < usernames.size(); i = next.getAndIncrement()) {
                    action.run(usernames.get(i));
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
    }

    /**
     * Heap used once garbage is gone. A dropped HttpClient lives on until its selector thread notices (within a few
     * seconds of a GC) and ends, so wait for those threads first: their buffers are the client's, not the server's.
     */
    private static long heapAfterGc() throws InterruptedException {
        for (int round = 0; round < 30 && clientThreads() > 0; round++) {
            System.gc();
            Thread.sleep(1000);
        }
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        if (clientThreads() > 0) {
            System.out.printf("BENCH sessions: %d HttpClient threads still alive, their memory is in the figure%n", clientThreads());
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long clientThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("HttpClient-")).count();
    }
}
