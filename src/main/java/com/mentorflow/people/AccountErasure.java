package com.mentorflow.people;

import com.mentorflow.notify.MailOutbox;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "Erase my account": the signed-in person's data goes from every module, the engine and the mail outbox. */
@Service
public class AccountErasure {

    public static final String ERASED_REASON = "account erased";

    private final PeoplePersonalData people;
    private final List<PersonalDataContributor> contributors;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final MailOutbox mail;

    AccountErasure(PeoplePersonalData people, List<PersonalDataContributor> contributors, RuntimeService runtimeService,
                   IdentityService identityService, MailOutbox mail) {
        this.people = people;
        this.contributors = contributors;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.mail = mail;
    }

    /**
     * Lets every other module erase its part, ends the person's processes with reason "account erased", then
     * forgets the profile and anonymises the account; all in one transaction.
     */
    @Transactional
    public void erase(String username) {
        Account account = people.ownAccount(username);
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
        people.erase(account);
    }
}
