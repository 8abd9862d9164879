package com.mentorflow.people;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Asks each signed-in person's browser for its time zone when a page opens, for {@link TimeZones}' last default.
 * The answer arrives after the first view has rendered, so it counts from the next view on.
 */
@Component
class BrowserTimeZone implements VaadinServiceInitListener {

    private final TimeZones zones;

    BrowserTimeZone(TimeZones zones) {
        this.zones = zones;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
            if (signedIn == null || signedIn instanceof AnonymousAuthenticationToken || !signedIn.isAuthenticated()) {
                return;
            }
            String username = signedIn.getName();
            init.getUI().getPage().retrieveExtendedClientDetails(details -> zones.browserReports(username, details.getTimeZoneId()));
        });
    }
}
