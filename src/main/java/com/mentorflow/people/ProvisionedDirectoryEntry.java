package com.mentorflow.people;

import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.RejectedInputException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks what an identity provider sends and keeps the person's directory entry in step with their account. The
 * entry's id is the enterprise employeeNumber when the provider sends one (so the HR import and SSO find the same
 * person), else the entry the account is already linked to (matched by e-mail address), else {@code scim-<account id>}.
 */
@Component
class ProvisionedDirectoryEntry {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** The input, checked and trimmed; display name filled in from the name parts or the userName. */
    record Checked(String userName, String externalId, String displayName, String givenName, String familyName, String email,
                   boolean active, String employeeNumber, EmployeeType employeeType, String timeZone, String organisation) {
    }

    private final EmployeeRepository employees;
    private final AccountRepository accounts;

    ProvisionedDirectoryEntry(EmployeeRepository employees, AccountRepository accounts) {
        this.employees = employees;
        this.accounts = accounts;
    }

    Checked check(ProvisioningInput in) {
        String userName = clean(in.userName());
        String email = clean(in.email());
        if (email == null && userName != null && EMAIL.matcher(userName).matches()) {
            email = userName;
        }
        String given = clean(in.givenName());
        String family = clean(in.familyName());
        String displayName = clean(in.displayName());
        if (displayName == null) {
            String joined = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
            displayName = joined.isEmpty() ? userName : joined;
        }
        String timeZone = clean(in.timeZone());
        String employeeNumber = clean(in.employeeNumber());
        String organisation = clean(in.organisation());
        new RejectedInputException.Collector()
                .check(userName != null && userName.length() <= 255, "userName", "A userName of 1 to 255 characters is required.")
                .check(email != null && email.length() <= 254 && EMAIL.matcher(email).matches(), "emails",
                        "A valid work e-mail address is required (emails[type eq \"work\"].value, or a userName that is one).")
                .check(displayName == null || displayName.length() <= ProfileAnswers.MAX_NAME_LENGTH, "displayName",
                        "A name has at most " + ProfileAnswers.MAX_NAME_LENGTH + " characters.")
                .check(employeeNumber == null || employeeNumber.length() <= 64, "employeeNumber",
                        "An employee number has at most 64 characters.")
                .check(timeZone == null || isZone(timeZone), "timezone",
                        "\"" + timeZone + "\" is not a time zone such as America/Chicago.")
                .check(organisation == null || organisation.length() <= 120, "organization",
                        "An organisation has at most 120 characters.")
                .throwIfAny();
        return new Checked(userName, clean(in.externalId()), displayName, given, family, email, in.active(), employeeNumber,
                in.employeeType(), timeZone, organisation);
    }

    /** Creates or updates the person's directory entry and links their account to it. */
    void link(Account account, Checked in) {
        String current = account.getEmployeeId();
        String generated = "scim-" + account.getId();
        // Entries made up for an account (scim-<id> while the provider sent no employee number, local-<username> for
        // every account HR's file does not name) give way to the provider's; a real employee id never changes here.
        boolean madeUp = current != null && (current.equals(generated) || current.startsWith(AccountService.LOCAL_ENTRY));
        if (in.employeeNumber() != null && current != null && !madeUp && !in.employeeNumber().equals(current)) {
            throw new RejectedInputException("employeeNumber", "This person's employee number is " + current
                    + " and cannot change to " + in.employeeNumber() + " over SCIM: ask an admin.");
        }
        String id = in.employeeNumber() != null ? in.employeeNumber() : current != null && !madeUp ? current : generated;
        Employee made = null;
        if (madeUp && !current.equals(id)) {
            // Unlink and delete first (flushed): the new row has the same e-mail address, which is unique.
            made = employees.findById(current).orElse(null);
            account.linkEmployee(null);
            if (made != null) {
                employees.delete(made);
            }
            employees.flush();
        }
        employees.findByEmailIgnoringCase(in.email()).filter(other -> !other.getEmployeeId().equals(id)).ifPresent(other -> {
            throw new ConflictException("The directory entry " + other.getEmployeeId() + " has the e-mail address " + in.email() + ".");
        });
        accounts.findByEmployeeId(id).filter(other -> !other.getId().equals(account.getId())).ifPresent(other -> {
            throw new ConflictException("The directory entry " + id + " belongs to another account.");
        });
        Employee employee = employees.findById(id)
                .orElseGet(() -> employees.save(new Employee(id, in.displayName(), in.email(), in.employeeType())));
        employee.provisioned(in.displayName(), in.email(), in.employeeType());
        if (made != null) {
            employee.provisionedDetails(made.getTimeZone(), made.getOrganisation());
        }
        employee.provisionedDetails(in.timeZone(), in.organisation());
        account.linkEmployee(id);
    }

    private static boolean isZone(String zone) {
        try {
            ZoneId.of(zone);
            return zone.contains("/") || "UTC".equals(zone);
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
