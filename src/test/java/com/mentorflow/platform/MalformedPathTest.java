package com.mentorflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Addresses the firewall refuses get 400 with a sentence, not 500. Sent over a raw socket: HTTP clients tidy such
 * paths before they leave.
 */
@MentorflowTest
class MalformedPathTest {

    @LocalServerPort int port;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"//engine-rest/engine", "/api/%2e%2e/engine-rest/engine", "/api/../engine-rest/engine",
            "/api/requests;x=1", "/engine-rest/engine;jsessionid=1", "/login//x", "/api/circles/%252e%252e/1"})
    void isRefusedWith400AndASentence(String path) throws IOException {
        String answer = get(path);

        assertThat(answer).startsWith("HTTP/1.1 400").contains("This address is not valid");
    }

    /** Tomcat refuses these itself, before the app sees them: 400 too, with its own page. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/circles%00", "/engine-rest/engine%2Fx"})
    void isRefusedWith400ByTheServer(String path) throws IOException {
        assertThat(get(path)).startsWith("HTTP/1.1 400");
    }

    private String get(String path) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
