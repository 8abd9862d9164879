package com.mentorflow.bench;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.util.ClassUtils;

/**
 * The server's own count of what a benchmark opened: Vaadin sessions started and not yet ended, and UIs created
 * for a signed-in request, from the moment it is attached. A figure divided by sessions divides by these.
 */
final class VaadinSessionCount {

    private final Set<VaadinSession> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger signedInUis = new AtomicInteger();
    private final AtomicInteger anonymousUis = new AtomicInteger();
    private List<Registration> listeners = List.of();

    static VaadinSessionCount attachTo(VaadinService service) {
        VaadinSessionCount count = new VaadinSessionCount();
        count.listeners = List.of(
                service.addSessionInitListener(event -> count.open.add(event.getSession())),
                service.addSessionDestroyListener(event -> count.open.remove(event.getSession())),
                service.addUIInitListener(event -> {
                    VaadinRequest request = VaadinRequest.getCurrent();
                    (request != null && request.getUserPrincipal() != null ? count.signedInUis : count.anonymousUis)
                            .incrementAndGet();
                }));
        return count;
    }

    int openSessions() {
        return open.size();
    }

    int signedInUis() {
        return signedInUis.get();
    }

    int anonymousUis() {
        return anonymousUis.get();
    }

    /** The view each counted session's UIs show, read under each session's lock (nothing added to the sessions). */
    Map<String, Integer> views() {
        Map<String, Integer> views = new TreeMap<>();
        for (VaadinSession session : Set.copyOf(open)) {
            session.accessSynchronously(() -> session.getUIs().forEach(ui -> {
                List<?> chain = ui.getInternals().getActiveRouterTargetsChain();
                views.merge(chain.isEmpty() ? "no view" : ClassUtils.getUserClass(chain.get(0)).getSimpleName(), 1,
                        Integer::sum);
            }));
        }
        return views;
    }

    /** Ends every session counted, so later benchmarks in the same JVM do not carry them in their heap. */
    void closeAllAndDetach() {
        for (VaadinSession session : Set.copyOf(open)) {
            if (session.getSession() != null) {
                session.getSession().invalidate();
            }
        }
        listeners.forEach(Registration::remove);
    }
}
