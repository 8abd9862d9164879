package com.mentorflow.people;

import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Sentence;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/** Checks and converts one directory CSV row; a row is imported whole or not at all. */
final class DirectoryRow {

    private static final Pattern LEVEL = Pattern.compile("L?(10|[1-9])", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern EMPLOYEE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** @param values the upsert's parameters in column order, or null when {@code problem} says why not */
    record Parsed(String employeeId, Object[] values, Sentence problem) {
    }

    private DirectoryRow() {
    }

    static void requireColumns(List<String> header, List<String> required) {
        List<String> missing = required.stream().filter(column -> !header.contains(column)).toList();
        if (!missing.isEmpty()) {
            throw new RejectedInputException("file", Sentence.of("people.refusal.missingColumns",
                    String.join(", ", missing), String.join(",", required)));
        }
    }

    static Parsed parse(CSVRecord record) {
        String id = value(record, "employee_id");
        if (id == null) {
            return new Parsed(null, null, Sentence.of("people.directory.row.idMissing"));
        }
        if (!EMPLOYEE_ID.matcher(id).matches()) {
            return new Parsed(null, null, Sentence.of("people.directory.row.idInvalid", shorten(id)));
        }
        if (!record.isConsistent()) {
            return new Parsed(id, null, Sentence.of("people.directory.row.fieldCount", record.size(), DirectoryImport.COLUMNS.size()));
        }
        if (record.stream().anyMatch(com.mentorflow.platform.NulCharacters::in)) {
            return new Parsed(id, null, Sentence.of("people.directory.row.nulCharacter"));
        }
        String name = value(record, "name");
        String email = value(record, "email");
        if (name == null) {
            return new Parsed(id, null, Sentence.of("people.directory.row.nameMissing"));
        }
        if (email == null || !EMAIL.matcher(email).matches() || email.length() > 254) {
            return new Parsed(id, null, Sentence.of("people.directory.row.emailInvalid", shorten(String.valueOf(email))));
        }
        String typeText = value(record, "employee_type");
        EmployeeType type;
        try {
            type = typeText == null ? EmployeeType.REGULAR : EmployeeType.valueOf(typeText.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            return new Parsed(id, null, Sentence.of("people.directory.row.unknownType", shorten(typeText)));
        }
        String levelText = value(record, "level");
        Short level = null;
        if (levelText != null) {
            Matcher matcher = LEVEL.matcher(levelText);
            if (!matcher.matches()) {
                return new Parsed(id, null, Sentence.of("people.directory.row.unknownLevel", shorten(levelText)));
            }
            level = Short.valueOf(matcher.group(1));
        }
        String hireText = value(record, "hire_date");
        LocalDate hired = null;
        if (hireText != null) {
            try {
                hired = LocalDate.parse(hireText);
            } catch (DateTimeParseException e) {
                return new Parsed(id, null, Sentence.of("people.directory.row.hireDate", shorten(hireText)));
            }
        }
        String zone = value(record, "time_zone");
        if (zone != null && !ZoneId.getAvailableZoneIds().contains(zone)) {
            return new Parsed(id, null, Sentence.of("people.directory.row.timeZone", shorten(zone)));
        }
        String country = value(record, "country");
        if (country != null && !country.matches("[A-Za-z]{2}")) {
            return new Parsed(id, null, Sentence.of("people.directory.row.country", shorten(country)));
        }
        String tooLong = firstTooLong(record);
        if (tooLong != null) {
            // The name and the languages may run to 200 characters, the other text columns to 120: say the one that applies.
            int limit = tooLong.equals("name") || tooLong.equals("languages") ? 200 : 120;
            return new Parsed(id, null, Sentence.of("people.directory.row.tooLong", Sentence.of("people.directory.field." + tooLong), limit));
        }
        return new Parsed(id, new Object[] {id, name, email, type.name(), value(record, "site"),
                country == null ? null : country.toUpperCase(Locale.ROOT), zone, value(record, "business_line"),
                value(record, "organisation"), value(record, "job_family"), level, DirectoryImport.sqlDate(hired),
                value(record, "manager_id"), value(record, "languages")}, null);
    }

    private static String firstTooLong(CSVRecord record) {
        for (String column : List.of("site", "business_line", "organisation", "job_family", "manager_id")) {
            String value = value(record, column);
            if (value != null && value.length() > 120) {
                return column;
            }
        }
        String languages = value(record, "languages");
        if (languages != null && languages.length() > 200) {
            return "languages";
        }
        String name = value(record, "name");
        return name != null && name.length() > 200 ? "name" : null;
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
