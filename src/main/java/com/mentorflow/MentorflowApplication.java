package com.mentorflow;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Theme("mentorflow")
@Push
// Installable on a phone's home screen; without a connection the service worker shows offline.html instead of an error.
@PWA(name = "Mentorflow", shortName = "Mentorflow", description = "Mentoring programs: find a mentor, meet, grow together.",
        iconPath = "icons/icon.png", themeColor = "#1d8671", backgroundColor = "#ffffff", offlinePath = "offline.html",
        offlineResources = {"icons/icon.png"})
public class MentorflowApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(MentorflowApplication.class, args);
    }
}
