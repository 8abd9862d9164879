package com.mentorflow.people;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/** Directory people without an account, and the links mailed to them, for invitation tests. */
public final class InvitationFixtures {

    private static final Pattern LINK = Pattern.compile("(\\S+/set-password\\?token=)([A-Za-z0-9_-]+)");

    private InvitationFixtures() {
    }

    /** Adds an active directory entry straight to the table; returns its employee id. */
    public static String employee(JdbcTemplate jdbc, String prefix, String fullName) {
        String id = prefix + "-" + Long.toString(System.nanoTime(), 36);
        jdbc.update("insert into mentorflow.employee (employee_id, full_name, email, employee_type, site, country, active) "
                + "values (?, ?, ?, 'REGULAR', 'Austin', 'US', true)", id, fullName, id.toLowerCase() + "@example.com");
        return id;
    }

    public static String emailOf(JdbcTemplate jdbc, String employeeId) {
        return jdbc.queryForObject("select email from mentorflow.employee where employee_id = ?", String.class, employeeId);
    }

    /** The whole link in the newest mail to the address. */
    public static String linkMailedTo(JdbcTemplate jdbc, String email) {
        String body = jdbc.queryForObject("select body from mentorflow.outbox_message where recipient = ? order by id desc limit 1",
                String.class, email);
        Matcher matcher = LINK.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No set-password link in: " + body);
        }
        return matcher.group(0);
    }

    public static String tokenIn(String link) {
        Matcher matcher = LINK.matcher(link);
        matcher.find();
        return matcher.group(2);
    }

    public static int mailsTo(JdbcTemplate jdbc, String email) {
        return jdbc.queryForObject("select count(*) from mentorflow.outbox_message where recipient = ?", Integer.class, email);
    }
}
