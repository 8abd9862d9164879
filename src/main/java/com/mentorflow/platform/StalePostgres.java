package com.mentorflow.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After the JVM was killed (kill -9, a crashed IDE run) the embedded PostgreSQL keeps running and holds
 * {@code postmaster.pid}; the next start would fail on the port or the lock. This stops such a leftover.
 */
final class StalePostgres {

    private static final Logger log = LoggerFactory.getLogger(StalePostgres.class);
    /** zonky's lock file in the data directory, held while its server runs. */
    private static final String LOCK_FILE = "epg-lock";

    private StalePostgres() {
    }

    static void stopLeftoverServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        if (inUse(dataDirectory)) {
            throw new IllegalStateException("The embedded database in " + dataDirectory + " is in use by another running "
                    + "Mentorflow. Stop that one, or set mentorflow.embedded-db.data-directory (and "
                    + EmbeddedDatabasePort.SETTING + ") for this one.");
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> server = lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0))
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(StalePostgres::isPostgres);
        if (server.isPresent()) {
            log.warn("Stopping a PostgreSQL left running by an earlier run (pid {})", server.get().pid());
            server.get().destroy();
            try {
                server.get().onExit().get(Duration.ofSeconds(20).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                server.get().destroyForcibly();
            }
        }
        Files.deleteIfExists(pidFile);
    }

    /**
     * The server is a leftover only if no live process holds zonky's lock on the folder: the operating system
     * releases it when the JVM that took it dies, even by kill -9.
     */
    private static boolean inUse(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true; // held in this very JVM
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.contains("postgres")).orElse(false);
    }
}
