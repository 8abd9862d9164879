package com.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.mentorflow.MentorflowTest;
import com.mentorflow.TestPeople;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Whose zone wins: the profile's, then the directory's, then the browser's, then the server's. */
@MentorflowTest
class TimeZonesTest {

    @Autowired TimeZones zones;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theProfileWinsThenTheDirectoryThenTheBrowserThenTheServer() {
        Account person = TestPeople.participant(accounts, "zones");
        assertThat(zones.zoneOf(person.getId())).isEqualTo(ZoneId.systemDefault());

        zones.browserReports(person.getUsername(), "Asia/Tokyo");
        assertThat(zones.zoneOf(person.getUsername())).isEqualTo(ZoneId.of("Asia/Tokyo"));

        // Every account has a directory entry (an import fills its zone column).
        jdbc.update("update mentorflow.employee set time_zone = 'America/Chicago' where employee_id = ?",
                person.getEmployeeId());
        assertThat(zones.zoneOf(person.getId())).isEqualTo(ZoneId.of("America/Chicago"));

        jdbc.update("update mentorflow.profile set time_zone = 'Europe/Berlin' where account_id = ?", person.getId());
        assertThat(zones.zoneOf(person.getId())).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(zones.zoneOf(person.getUsername())).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void aZoneTheBrowserMadeUpOrABrokenStoredOneIsPassedOver() {
        Account person = TestPeople.participant(accounts, "zones-bad");
        zones.browserReports(person.getUsername(), "Mars/Olympus_Mons");
        jdbc.update("update mentorflow.profile set time_zone = 'Not/AZone' where account_id = ?", person.getId());

        assertThat(zones.zoneOf(person.getId())).isEqualTo(ZoneId.systemDefault());
        assertThat(zones.zoneOf("nobody-at-all")).isEqualTo(ZoneId.systemDefault());
    }
}
