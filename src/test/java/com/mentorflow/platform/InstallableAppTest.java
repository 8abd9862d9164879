package com.mentorflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** What a phone needs to install the app, asked for before anyone signs in (as a browser does). */
@MentorflowTest
class InstallableAppTest {

    @Autowired TestRestTemplate http;

    @Test
    void theManifestNamesTheAppWithItsColourAndIcons() {
        ResponseEntity<String> manifest = http.getForEntity("/manifest.webmanifest", String.class);

        assertThat(manifest.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(manifest.getBody()).contains("\"name\":\"Mentorflow\"", "\"theme_color\":\"#1d8671\"",
                "\"display\":\"standalone\"", "\"src\":\"icons/icon-512x512.png\",\"sizes\":\"512x512\"");
        assertThat(http.getForEntity("/icons/icon-512x512.png", byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void pagesLinkTheManifestAFaviconAndTheThemeColour() {
        String login = http.getForObject("/login", String.class);

        assertThat(login).contains("rel=\"manifest\"", "rel=\"icon\"", "name=\"theme-color\" content=\"#1d8671\"");
    }

    @Test
    void theServiceWorkerAndTheOfflinePageAreServed() {
        ResponseEntity<String> worker = http.getForEntity("/sw.js", String.class);
        ResponseEntity<String> offline = http.getForEntity("/offline.html", String.class);
        ResponseEntity<byte[]> icon = http.getForEntity("/icons/icon.png", byte[].class);

        assertThat(worker.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(worker.getBody()).contains("offline.html");
        assertThat(offline.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(offline.getBody()).contains("Mentorflow is offline");
        assertThat(icon.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(icon.getHeaders().getContentType()).hasToString("image/png");
    }
}
