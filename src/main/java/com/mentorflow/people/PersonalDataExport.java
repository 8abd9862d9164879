package com.mentorflow.people;

import com.mentorflow.notify.MailOutbox;
import com.mentorflow.platform.AuditLog;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Download my data": everything stored about the signed-in person, from this module, the mail outbox, the audit
 * log and every module that contributes ({@link PersonalDataContributor}). Only ever about oneself.
 */
@Service
public class PersonalDataExport {

    private final PeoplePersonalData people;
    private final MailOutbox mail;
    private final AuditLog audit;
    private final List<PersonalDataContributor> contributors;
    private final Clock clock;

    PersonalDataExport(PeoplePersonalData people, MailOutbox mail, AuditLog audit,
                       List<PersonalDataContributor> contributors, Clock clock) {
        this.people = people;
        this.mail = mail;
        this.audit = audit;
        this.contributors = contributors;
        this.clock = clock;
    }

    /** Plain data in a fixed order (this module's sections first), written as JSON by the caller. */
    @Transactional(readOnly = true)
    public Map<String, Object> export(String username) {
        Account account = people.ownAccount(username);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", clock.instant().toString());
        data.put("account", people.account(account));
        data.put("profile", people.profile(account));
        data.put("directory", people.directory(account));
        data.put("mail", mail.writtenTo(account.getEmail()));
        data.put("auditEntries", audit.byOrAbout(account.getUsername(), account.getId()));
        for (PersonalDataContributor contributor : contributors) {
            data.put(contributor.section(), contributor.export(account.getId()));
        }
        return data;
    }
}
