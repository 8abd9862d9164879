package com.mentorflow.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The system's {@code pgbench -N} against a database of its own on the app's PostgreSQL server (the embedded one, or
 * SPRING_DATASOURCE_URL's), so each engine figure stands beside what the same server does for plain transactions.
 */
public final class Pgbench {

    public static final String DATABASE = "mentorflow_pgbench";
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    /** Server address and user, as the app's DataSource connects. */
    public record Server(String host, int port, String user, String password) {
    }

    /** What pgbench printed, read back from its output. */
    public record Result(double tps, String command, String summary) {
    }

    private Pgbench() {
    }

    public static Server server(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            URI uri = URI.create(connection.getMetaData().getURL().substring("jdbc:".length()));
            String password = dataSource.isWrapperFor(HikariDataSource.class)
                    ? dataSource.unwrap(HikariDataSource.class).getPassword() : System.getenv("SPRING_DATASOURCE_PASSWORD");
            return new Server(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 5432,
                    connection.getMetaData().getUserName(), password);
        }
    }

    /** A fresh pgbench database (dropped and created through the app's connection), initialised with -i -s 10. */
    public static void prepare(DataSource dataSource, Server server) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("drop database if exists " + DATABASE);
            statement.execute("create database " + DATABASE);
        }
        run(server, List.of("-i", "-s", "10", "-q"));
    }

    /** {@code pgbench -N -c 4 -j 2 -T 20}: tps as pgbench printed it. */
    public static Result simpleUpdates(Server server, int seconds) throws Exception {
        List<String> options = List.of("-N", "-c", "4", "-j", "2", "-T", Integer.toString(seconds));
        String output = run(server, options);
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no tps:\n" + output);
        }
        return new Result(Double.parseDouble(tps.group(1)), "pgbench " + String.join(" ", options),
                output.lines().filter(l -> l.startsWith("number of transactions actually processed")).findFirst().orElse(""));
    }

    private static String run(Server server, List<String> options) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("/usr/bin/pgbench", "-h", server.host(),
                "-p", Integer.toString(server.port()), "-U", server.user()));
        command.addAll(options);
        command.add(DATABASE);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (server.password() != null) {
            builder.environment().put("PGPASSWORD", server.password());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }
}
