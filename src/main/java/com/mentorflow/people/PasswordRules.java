package com.mentorflow.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a password chosen from a mailed link must be: at least 12 characters, not the username (nor the e-mail
 * address), and not on the list of common passwords that attackers try first (common-passwords.txt, compared
 * without regard to case).
 */
@Component
class PasswordRules {

    static final String TOO_SHORT = "A password needs at least " + AccountService.MIN_PASSWORD_LENGTH + " characters.";
    static final String IS_USERNAME = "A password must not be your username or e-mail address.";
    static final String IS_COMMON = "This password is on a list of common passwords that attackers try first. "
            + "Please choose another.";
    static final String DIFFERS = "The two passwords are not the same.";
    private static final String LIST = "common-passwords.txt";

    private final Set<String> common;

    PasswordRules() {
        this.common = load();
    }

    /** Field ("password", "confirmation") to message; empty when the password may be used. */
    Map<String, String> problems(String password, String confirmation, String username, String email) {
        Map<String, String> problems = new LinkedHashMap<>();
        String given = password == null ? "" : password;
        String lower = given.strip().toLowerCase(Locale.ROOT);
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (given.length() < AccountService.MIN_PASSWORD_LENGTH) {
            problems.put("password", TOO_SHORT);
        } else if (lower.equals(username) || lower.equals(address) || lower.equals(address.split("@", 2)[0])) {
            problems.put("password", IS_USERNAME);
        } else if (common.contains(lower)) {
            problems.put("password", IS_COMMON);
        }
        if (!given.equals(confirmation == null ? "" : confirmation)) {
            problems.put("confirmation", DIFFERS);
        }
        return problems;
    }

    int listSize() {
        return common.size();
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>();
        try (InputStream in = PasswordRules.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    passwords.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
