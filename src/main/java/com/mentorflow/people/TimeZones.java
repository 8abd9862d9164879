package com.mentorflow.people;

import com.mentorflow.platform.ReaderZones;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's time zone: the one they chose on their profile (SSO's zoneinfo claim lands there too), else the
 * directory's, else the one their browser last reported, else the server's. Every module reads times through this.
 * Holds all SQL for browser_time_zone; it reads profile, employee and account to choose.
 */
@Service
public class TimeZones implements ReaderZones {

    private static final String ZONES = """
            select p.time_zone, e.time_zone, b.time_zone from mentorflow.account a
            left join mentorflow.profile p on p.account_id = a.id
            left join mentorflow.employee e on e.employee_id = a.employee_id
            left join mentorflow.browser_time_zone b on b.account_id = a.id
            where\s""";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    TimeZones(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public ZoneId zoneOf(long accountId) {
        return first(jdbc.query(ZONES + "a.id = ?", (row, n) -> List.of(nullable(row.getString(1)),
                nullable(row.getString(2)), nullable(row.getString(3))), accountId));
    }

    @Override
    @Transactional(readOnly = true)
    public ZoneId zoneOf(String username) {
        return first(jdbc.query(ZONES + "a.username = ?", (row, n) -> List.of(nullable(row.getString(1)),
                nullable(row.getString(2)), nullable(row.getString(3))), username));
    }

    /** Remembers the zone the person's browser reports; only used when neither profile nor directory has one. */
    @Transactional
    public void browserReports(String username, String zone) {
        if (zone == null || !ZoneId.getAvailableZoneIds().contains(zone)) {
            return;
        }
        jdbc.update("""
                insert into mentorflow.browser_time_zone (account_id, time_zone, seen_at)
                select id, ?, ? from mentorflow.account where username = ?
                on conflict (account_id) do update set time_zone = excluded.time_zone, seen_at = excluded.seen_at
                where browser_time_zone.time_zone <> excluded.time_zone""", zone, Timestamp.from(clock.instant()), username);
    }

    private static ZoneId first(List<List<String>> rows) {
        return rows.stream().flatMap(List::stream).filter(Objects::nonNull).map(TimeZones::zone).filter(Objects::nonNull)
                .findFirst().orElse(ZoneId.systemDefault());
    }

    private static String nullable(String zone) {
        return zone == null || zone.isBlank() ? "" : zone;
    }

    /** A zone id written before validation existed (or by hand) is skipped, not an error page. */
    private static ZoneId zone(String id) {
        try {
            return id.isEmpty() ? null : ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
