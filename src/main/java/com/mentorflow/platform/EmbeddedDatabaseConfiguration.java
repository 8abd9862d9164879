package com.mentorflow.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL from Maven artifacts when no database is configured, so a fresh clone runs
 * and tests with the same SQL dialect as production.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    // Closed by Spring after everything using the DataSource has shut down; zonky's own shutdown hook
    // would stop PostgreSQL while the job executor and JPA still hold connections.
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        boolean keepData = StringUtils.hasText(properties.dataDirectory());
        Path dataDirectory = keepData
                ? Path.of(properties.dataDirectory()).toAbsolutePath()
                : Files.createTempDirectory("mentorflow-pg");
        Files.createDirectories(dataDirectory);
        StalePostgres.stopLeftoverServer(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(!keepData)
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "200");
        if (keepData) {
            // zonky trades durability for speed (fsync off); data that must survive restarts gets it back.
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        int port = EmbeddedDatabasePort.choose(properties.port());
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("The embedded PostgreSQL did not start on port " + port + " ("
                    + EmbeddedDatabasePort.SETTING + "); see the lines above for why.", e);
        } catch (IllegalStateException noBinaries) {
            // The jar packs the PostgreSQL of the platform it was built on only (pom.xml, postgres-* profiles).
            throw new IllegalStateException("This build has no embedded PostgreSQL for " + System.getProperty("os.name")
                    + " on " + System.getProperty("os.arch") + ": set SPRING_DATASOURCE_URL to a PostgreSQL server, or build"
                    + " Mentorflow on this platform.", noBinaries);
        }
        try {
            EmbeddedDatabasePort.requireOurs(postgres, dataDirectory);
        } catch (IllegalStateException notOurs) {
            postgres.close();
            throw notOurs;
        }
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDirectory);
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("mentorflow-embedded");
        return dataSource;
    }
}
