package com.mentorflow.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the default embedded PostgreSQL keeps its data and which port it listens on.
 *
 * @param dataDirectory folder kept across restarts; empty means a throw-away temporary folder (tests)
 * @param port          fixed port for the default run; 0 picks a free one (tests)
 */
@ConfigurationProperties("mentorflow.embedded-db")
public record EmbeddedDatabaseProperties(String dataDirectory, int port) {
}
