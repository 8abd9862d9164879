package com.mentorflow.people;

import com.mentorflow.notify.MailOutbox;
import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.NotPermittedException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's right to their data: download all of it, or erase their account. Only ever about oneself. */
@Service
public class PrivacyService {

    public static final String ERASED_REASON = "account erased";

    private final AccountRepository accounts;
    private final ProfileRepository profiles;
    private final EmployeeRepository employees;
    private final Topics topics;
    private final MailOutbox mail;
    private final List<PersonalDataContributor> contributors;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditLog audit;

    PrivacyService(AccountRepository accounts, ProfileRepository profiles, EmployeeRepository employees, Topics topics,
                   MailOutbox mail, List<PersonalDataContributor> contributors, RuntimeService runtimeService,
                   IdentityService identityService, ApplicationEventPublisher events, Clock clock, AuditLog audit) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.employees = employees;
        this.topics = topics;
        this.mail = mail;
        this.contributors = contributors;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.events = events;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Map<String, Object> export(String username) {
        Account account = account(username);
        Profile profile = profiles.findById(account.getId()).orElseThrow();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", clock.instant().toString());
        data.put("account", Map.of("username", account.getUsername(), "email", account.getEmail(),
                "displayName", account.getDisplayName(), "roles", account.getRoles().stream().map(Enum::name).sorted().toList(),
                "createdAt", account.getCreatedAt().toString()));
        ProfileAnswers answers = profile.toAnswers(account.getDisplayName());
        Map<String, Object> profileData = new LinkedHashMap<>();
        profileData.put("answers", answers);
        profileData.put("goalTopicNames", answers.goalTopics().stream().sorted().map(topics::name).toList());
        profileData.put("strengthTopicNames", answers.strengthTopics().stream().sorted().map(topics::name).toList());
        profileData.put("consentGivenAt", profile.getConsentGivenAt() == null ? null : profile.getConsentGivenAt().toString());
        profileData.put("completedAt", profile.getCompletedAt() == null ? null : profile.getCompletedAt().toString());
        data.put("profile", profileData);
        data.put("directory", account.getEmployeeId() == null ? null : employees.findById(account.getEmployeeId()).orElse(null));
        data.put("mail", mail.writtenTo(account.getEmail()));
        data.put("auditEntries", audit.byOrAbout(account.getUsername(), account.getId()));
        for (PersonalDataContributor contributor : contributors) {
            data.put(contributor.section(), contributor.export(account.getId()));
        }
        return data;
    }

    /**
     * Anonymises the account, forgets the profile, ends the person's processes with reason "account erased"
     * and lets every other module erase its part; all in one transaction.
     */
    @Transactional
    public void erase(String username) {
        Account account = account(username);
        long id = account.getId();
        String email = account.getEmail();
        for (PersonalDataContributor contributor : contributors) {
            contributor.erase(id);
        }
        // Only onboarding is keyed by the account id; other models' keys are other ids that may share the number.
        runtimeService.createProcessInstanceQuery().processDefinitionKey(OnboardingProcess.PROCESS_KEY)
                .processInstanceBusinessKey(Long.toString(id)).list()
                .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), ERASED_REASON));
        if (identityService.createUserQuery().userId(account.getUsername()).count() > 0) {
            identityService.deleteUser(account.getUsername());
        }
        mail.forgetRecipient(email, account.erasedEmail());
        profiles.findById(id).orElseThrow().forget(clock.instant());
        account.erase();
        events.publishEvent(new ProfileChanged(id));
    }

    private Account account(String username) {
        return accounts.findByUsername(username).filter(Account::isActive)
                .orElseThrow(() -> new NotPermittedException("There is no active account for you."));
    }
}
