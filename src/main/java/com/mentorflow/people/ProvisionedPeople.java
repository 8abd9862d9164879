package com.mentorflow.people;

import com.mentorflow.platform.Roles;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people an identity provider provisions (SCIM), as it reads them. Accounts it never provisioned stay out of sight. */
@Service
public class ProvisionedPeople {

    /** What a provider may look people up by. */
    public enum Key { USER_NAME, EXTERNAL_ID, EMAIL }

    private final ScimIdentityRepository identities;
    private final AccountRepository accounts;
    private final EmployeeRepository employees;

    ProvisionedPeople(ScimIdentityRepository identities, AccountRepository accounts, EmployeeRepository employees) {
        this.identities = identities;
        this.accounts = accounts;
        this.employees = employees;
    }

    @Transactional(readOnly = true)
    public Optional<ProvisionedPerson> find(long accountId) {
        return identities.findById(accountId).flatMap(identity -> accounts.findById(accountId).map(account -> view(identity, account)));
    }

    /** Every provisioned person's id, in one stable order. */
    @Transactional(readOnly = true)
    public List<Long> all() {
        return identities.allAccountIds();
    }

    /** The ids whose key equals the value (case-insensitively for userName and e-mail, as SCIM defines them). */
    @Transactional(readOnly = true)
    public List<Long> matching(Key key, String value) {
        return switch (key) {
            case USER_NAME -> identities.findByUserNameIgnoringCase(value).map(ScimIdentity::getAccountId).stream().toList();
            case EXTERNAL_ID -> identities.accountIdsByExternalId(value);
            case EMAIL -> identities.accountIdsByEmail(value);
        };
    }

    @Transactional(readOnly = true)
    public List<Long> withRole(Roles role) {
        return identities.accountIdsWithRole(role);
    }

    ProvisionedPerson view(ScimIdentity identity, Account account) {
        Optional<Employee> employee = Optional.ofNullable(account.getEmployeeId()).flatMap(employees::findById);
        return new ProvisionedPerson(account.getId(), identity.getUserName(), account.getUsername(), account.getScimExternalId(),
                account.getDisplayName(), identity.getGivenName(), identity.getFamilyName(), account.getEmail(),
                account.isActive(), account.getEmployeeId(), employee.map(Employee::getEmployeeType).orElse(null),
                employee.map(Employee::getTimeZone).orElse(null), employee.map(Employee::getOrganisation).orElse(null),
                account.getRoles(), identity.getCreatedAt(), identity.getUpdatedAt());
    }
}
