package com.mentorflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL never joins a server it did not start, whoever holds the configured port. */
class EmbeddedDatabaseTest {

    @TempDir Path ours;
    @TempDir Path theirs;

    private final EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

    @Test
    void aPortTakenByAnotherProgramIsSwappedForAFreeOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             EmbeddedPostgres postgres = configuration.embeddedPostgres(properties(ours, taken.getLocalPort()))) {

            assertThat(postgres.getPort()).isNotEqualTo(taken.getLocalPort());
            assertThat(dataDirectoryOf(postgres)).isEqualTo(ours.toRealPath());
        }
    }

    @Test
    void anotherPostgresOnThePortIsNotJoined() throws Exception {
        try (EmbeddedPostgres other = EmbeddedPostgres.builder().setDataDirectory(theirs).setCleanDataDirectory(true)
                .setRegisterShutdownHook(false).start();
             EmbeddedPostgres postgres = configuration.embeddedPostgres(properties(ours, other.getPort()))) {

            assertThat(postgres.getPort()).isNotEqualTo(other.getPort());
            assertThat(dataDirectoryOf(postgres)).isEqualTo(ours.toRealPath());
            assertThat(dataDirectoryOf(other)).as("the other one runs on, untouched").isEqualTo(theirs.toRealPath());
        }
    }

    /** The check after the start, for a port taken between the look and the start. */
    @Test
    void aServerOnAnotherDataDirectoryIsRefusedWithASentence() throws Exception {
        try (EmbeddedPostgres other = EmbeddedPostgres.builder().setDataDirectory(theirs).setCleanDataDirectory(true)
                .setRegisterShutdownHook(false).start()) {

            assertThatThrownBy(() -> EmbeddedDatabasePort.requireOurs(other, ours))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("port " + other.getPort())
                    .hasMessageContaining("mentorflow.embedded-db.port");
        }
    }

    @Test
    void aDataDirectoryARunningMentorflowUsesIsNotTakenOver() throws Exception {
        try (EmbeddedPostgres first = configuration.embeddedPostgres(properties(ours, 0))) {
            // The second start sees the first one's postmaster.pid: it must not stop that server as a leftover.
            assertThatThrownBy(() -> configuration.embeddedPostgres(new EmbeddedDatabaseProperties(ours.toString(), 0)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another running Mentorflow")
                    .hasMessageContaining("mentorflow.embedded-db.data-directory");

            assertThat(dataDirectoryOf(first)).as("still running").isEqualTo(ours.toRealPath());
        }
    }

    /** A throw-away server (empty data directory setting) would not show which folder it used; these keep theirs. */
    private static EmbeddedDatabaseProperties properties(Path dataDirectory, int port) {
        return new EmbeddedDatabaseProperties(dataDirectory.toString(), port);
    }

    private static Path dataDirectoryOf(EmbeddedPostgres postgres) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("show data_directory")) {
            row.next();
            return Path.of(row.getString(1)).toRealPath();
        }
    }
}
