package com.mentorflow.people;

import com.mentorflow.platform.NotFoundException;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Sentence;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts (a new participant's onboarding starts in the same transaction) and answers other modules'
 * questions about them: no other module reads the account table.
 */
@Service
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    /** How the ids of directory entries made for an account, not by HR's file, begin (see {@link #create}). */
    static final String LOCAL_ENTRY = "local-";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final AccountRepository accounts;
    private final EmployeeRepository employees;
    private final ProfileRepository profiles;
    private final PasswordEncoder passwordEncoder;
    private final CamundaIdentitySync identitySync;
    private final OnboardingProcess onboarding;
    private final Clock clock;

    AccountService(AccountRepository accounts, EmployeeRepository employees, ProfileRepository profiles, PasswordEncoder passwordEncoder,
                   CamundaIdentitySync identitySync, OnboardingProcess onboarding, Clock clock) {
        this.accounts = accounts;
        this.employees = employees;
        this.profiles = profiles;
        this.passwordEncoder = passwordEncoder;
        this.identitySync = identitySync;
        this.onboarding = onboarding;
        this.clock = clock;
    }

    @Transactional
    public Account create(NewAccount request) {
        String username = request.username() == null ? "" : request.username().strip().toLowerCase(Locale.ROOT);
        String email = request.email() == null ? "" : request.email().strip();
        String displayName = request.displayName() == null ? "" : request.displayName().strip();
        new RejectedInputException.Collector()
                .check(USERNAME.matcher(username).matches(), "username",
                        Sentence.of("people.refusal.usernameFormat"))
                .check(!accounts.existsByUsername(username), "username", Sentence.of("people.refusal.usernameTaken"))
                .check(EMAIL.matcher(email).matches() && email.length() <= 254, "email", Sentence.of("people.refusal.validEmail"))
                .check(!accounts.existsByEmailIgnoringCase(email), "email", Sentence.of("people.refusal.emailExists"))
                .check(!displayName.isEmpty() && displayName.length() <= ProfileAnswers.MAX_NAME_LENGTH, "displayName",
                        Sentence.of("people.refusal.nameLength", ProfileAnswers.MAX_NAME_LENGTH))
                .check(request.password() == null || request.password().length() >= MIN_PASSWORD_LENGTH, "password",
                        Sentence.of("people.refusal.passwordLength", MIN_PASSWORD_LENGTH))
                .check(request.roles() != null && !request.roles().isEmpty(), "roles", Sentence.of("people.refusal.roleNeeded"))
                .throwIfAny();

        String hash = request.password() == null ? null : passwordEncoder.encode(request.password());
        Account account = new Account(username, email, displayName, hash, request.roles(), clock.instant());
        account.linkEmployee(directoryEntryFor(username, email, displayName).getEmployeeId());
        accounts.save(account);
        profiles.save(new Profile(account.getId()));
        identitySync.sync(account);
        if (account.getRoles().contains(Roles.PARTICIPANT)) {
            onboarding.start(account);
        }
        return account;
    }

    /**
     * No account without a directory entry (issue 14, §3): the entry with the account's e-mail address, or, for
     * someone HR's file does not name yet (the first admin, demo people), a new one with the id {@code local-<username>}.
     */
    private Employee directoryEntryFor(String username, String email, String displayName) {
        Optional<Employee> listed = employees.findByEmailIgnoringCase(email);
        if (listed.isPresent()) {
            if (accounts.existsByEmployeeId(listed.get().getEmployeeId())) {
                throw new RejectedInputException("email", Sentence.of("people.refusal.emailOfSomeoneElse"));
            }
            return listed.get();
        }
        // employee_id holds 64 characters: a long username is cut, with a number when the cut id is taken.
        String base = (LOCAL_ENTRY + username).substring(0, Math.min(58, LOCAL_ENTRY.length() + username.length()));
        String id = base;
        for (int n = 2; employees.existsById(id); n++) {
            id = base + "-" + n;
        }
        return employees.saveAndFlush(new Employee(id, displayName, email));
    }

    @Transactional(readOnly = true)
    public Optional<Account> findByUsername(String username) {
        return accounts.findByUsername(username);
    }

    @Transactional(readOnly = true)
    public Optional<Account> findById(long accountId) {
        return accounts.findById(accountId);
    }

    /** Addresses of everyone active in a role, e.g. the program managers to ask for an approval. */
    @Transactional(readOnly = true)
    public List<String> emailsOf(Roles role) {
        return accounts.emailsOfActive(role);
    }

    /** Everyone active in a role, e.g. the program managers to mail each in their language. */
    @Transactional(readOnly = true)
    public List<Account> activeIn(Roles role) {
        return accounts.activeIn(role);
    }

    /** The account id behind a signed-in username; other modules ask here instead of reading the account table. */
    @Transactional(readOnly = true)
    public long idOf(String username) {
        return accounts.idByUsername(username).orElseThrow(() -> new NotFoundException(Sentence.of("people.refusal.noAccountNamed", username)));
    }

    @Transactional(readOnly = true)
    public String emailOf(long accountId) {
        return accounts.emailById(accountId).orElseThrow(() -> new NotFoundException(Sentence.of("people.refusal.noAccountNumbered", accountId)));
    }

    /** Names to show for many accounts at once (a list page); ids without an account are left out. */
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return accounts.displayNames(Set.copyOf(accountIds)).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    /** Usernames of several accounts in one query (a journey start names both of its pair); unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, String> usernames(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return accounts.usernames(Set.copyOf(accountIds).toArray(Long[]::new)).stream()
                .collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> (String) row[1]));
    }

    /** Those of the given accounts that are active, with an active directory entry where one is linked. */
    @Transactional(readOnly = true)
    public Set<Long> activeAmong(Collection<Long> accountIds) {
        return accountIds.isEmpty() ? Set.of() : Set.copyOf(accounts.activeAmong(Set.copyOf(accountIds)));
    }

    @Transactional(readOnly = true)
    public Optional<Profile> profileOf(long accountId) {
        return profiles.findById(accountId);
    }
}
