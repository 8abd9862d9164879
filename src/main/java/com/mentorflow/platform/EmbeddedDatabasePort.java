package com.mentorflow.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL never shares a port, and the app never talks to a server it did not start. zonky starts
 * the server and then waits until something answers on the port: when the port was taken (by another Mentorflow's
 * PostgreSQL, say), the start failed quietly and that other server answered, so Flyway and the job executor ran
 * against someone else's database. So a busy port is swapped for a free one before the start, and after it the
 * server that answers must be the one running on our data directory.
 */
final class EmbeddedDatabasePort {

    static final String SETTING = "mentorflow.embedded-db.port";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabasePort.class);

    private EmbeddedDatabasePort() {
    }

    /** The configured port when nothing listens on it; otherwise a free one, said at WARN. 0 stays 0 (zonky picks). */
    static int choose(int configured) throws IOException {
        if (configured <= 0 || isFree(configured)) {
            return configured;
        }
        int free;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            free = socket.getLocalPort();
        }
        log.warn("Port {} ({}) is taken by another program; the embedded PostgreSQL listens on {} instead", configured,
                SETTING, free);
        return free;
    }

    /** Whether nothing listens on the port on either loopback address (PostgreSQL binds both for "localhost"). */
    static boolean isFree(int port) {
        for (InetAddress loopback : loopbacks()) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(loopback, port), 1);
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /**
     * @throws IllegalStateException with a sentence naming the port and the setting when the server that answers on
     *                               the port does not run on our data directory (or cannot be asked)
     */
    static void requireOurs(EmbeddedPostgres postgres, Path dataDirectory) {
        String theirs;
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("show data_directory")) {
            row.next();
            theirs = row.getString(1);
        } catch (SQLException e) {
            theirs = null;
        }
        if (theirs == null || !samePath(Path.of(theirs), dataDirectory)) {
            throw new IllegalStateException(notOurs(postgres.getPort()));
        }
    }

    static String notOurs(int port) {
        return "The PostgreSQL answering on port " + port + " is not the one Mentorflow started (another program took the "
                + "port at the same moment); Mentorflow stops rather than use another's database. Start again, or set "
                + SETTING + " to a free port.";
    }

    private static boolean samePath(Path a, Path b) {
        try {
            return a.toRealPath().equals(b.toRealPath());
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static java.util.List<InetAddress> loopbacks() {
        java.util.List<InetAddress> loopbacks = new java.util.ArrayList<>();
        for (String name : new String[] {"127.0.0.1", "::1"}) {
            try {
                InetAddress address = InetAddress.getByName(name);
                // An address this machine does not have (IPv6 switched off) cannot be busy.
                try (ServerSocket probe = new ServerSocket()) {
                    probe.bind(new InetSocketAddress(address, 0), 1);
                    loopbacks.add(address);
                }
            } catch (IOException e) {
                // not available here
            }
        }
        return loopbacks;
    }
}
