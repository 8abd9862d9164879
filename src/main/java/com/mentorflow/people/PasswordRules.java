package com.mentorflow.people;

import com.mentorflow.platform.Sentence;
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

    static final Sentence TOO_SHORT_SENTENCE = Sentence.of("people.refusal.passwordLength", AccountService.MIN_PASSWORD_LENGTH);
    static final Sentence IS_USERNAME_SENTENCE = Sentence.of("people.refusal.password.isUsername");
    static final Sentence IS_COMMON_SENTENCE = Sentence.of("people.refusal.password.isCommon");
    static final Sentence DIFFERS_SENTENCE = Sentence.of("people.refusal.password.differs");
    /** The rules in English, as tests and logs read them. */
    static final String TOO_SHORT = TOO_SHORT_SENTENCE.english();
    static final String IS_USERNAME = IS_USERNAME_SENTENCE.english();
    static final String IS_COMMON = IS_COMMON_SENTENCE.english();
    static final String DIFFERS = DIFFERS_SENTENCE.english();
    private static final String LIST = "common-passwords.txt";

    private final Set<String> common;

    PasswordRules() {
        this.common = load();
    }

    /** Field ("password", "confirmation") to message in English; empty when the password may be used. */
    Map<String, String> problems(String password, String confirmation, String username, String email) {
        Map<String, String> english = new LinkedHashMap<>();
        sentences(password, confirmation, username, email).forEach((field, sentence) -> english.put(field, sentence.english()));
        return english;
    }

    /** Field ("password", "confirmation") to what is wrong, said in the reader's language; empty when it may be used. */
    Map<String, Sentence> sentences(String password, String confirmation, String username, String email) {
        Map<String, Sentence> problems = new LinkedHashMap<>();
        String given = password == null ? "" : password;
        String lower = given.strip().toLowerCase(Locale.ROOT);
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (given.length() < AccountService.MIN_PASSWORD_LENGTH) {
            problems.put("password", TOO_SHORT_SENTENCE);
        } else if (lower.equals(username) || lower.equals(address) || lower.equals(address.split("@", 2)[0])) {
            problems.put("password", IS_USERNAME_SENTENCE);
        } else if (common.contains(lower)) {
            problems.put("password", IS_COMMON_SENTENCE);
        }
        if (!given.equals(confirmation == null ? "" : confirmation)) {
            problems.put("confirmation", DIFFERS_SENTENCE);
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
