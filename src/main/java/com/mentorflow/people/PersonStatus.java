package com.mentorflow.people;

import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Sentence;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a person is deactivated or reactivated, whoever asks (People view, directory import, SCIM, REST):
 * the directory entry and the account change together, the audit log says who did it, and the other modules
 * hear of it ({@link PersonDeactivated}) in the same transaction.
 */
@Service
public class PersonStatus {

    private final EmployeeRepository employees;
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    PersonStatus(EmployeeRepository employees, AccountRepository accounts, AuditLog audit, ApplicationEventPublisher events) {
        this.employees = employees;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
    }

    /** @return false when the person was already inactive (nothing changed, nothing published) */
    @Transactional
    public boolean deactivateEmployee(String employeeId, String by) {
        Employee employee = employees.findById(employeeId)
                .orElseThrow(() -> new RejectedInputException("employeeId", Sentence.of("people.refusal.noEmployeeId", employeeId)));
        return deactivate(Optional.of(employee), accounts.findByEmployeeId(employeeId), by);
    }

    @Transactional
    public boolean deactivateAccount(long accountId, String by) {
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new RejectedInputException("accountId", Sentence.of("people.refusal.noSuchAccount")));
        return deactivate(Optional.ofNullable(account.getEmployeeId()).flatMap(employees::findById), Optional.of(account), by);
    }

    @Transactional
    public boolean reactivateEmployee(String employeeId, String by) {
        Employee employee = employees.findById(employeeId)
                .orElseThrow(() -> new RejectedInputException("employeeId", Sentence.of("people.refusal.noEmployeeId", employeeId)));
        return reactivate(Optional.of(employee), accounts.findByEmployeeId(employeeId), by);
    }

    @Transactional
    public boolean reactivateAccount(long accountId, String by) {
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new RejectedInputException("accountId", Sentence.of("people.refusal.noSuchAccount")));
        return reactivate(Optional.ofNullable(account.getEmployeeId()).flatMap(employees::findById), Optional.of(account), by);
    }

    private boolean deactivate(Optional<Employee> employee, Optional<Account> account, String by) {
        boolean wasActive = employee.map(Employee::isActive).orElse(false) || account.map(Account::isActive).orElse(false);
        if (!wasActive) {
            return false;
        }
        employee.ifPresent(Employee::deactivate);
        account.ifPresent(Account::deactivate);
        // Listeners in other modules read with SQL: they must see this person (and earlier ones of an import) inactive.
        accounts.flush();
        String who = describe(employee, account);
        audit.record(by, "person.deactivated", who, account.map(Account::getId).map(List::of).orElse(List.of()));
        events.publishEvent(new PersonDeactivated(account.map(Account::getId).orElse(null),
                employee.map(Employee::getEmployeeId).orElse(null), account.map(Account::getUsername).orElse(null), by));
        return true;
    }

    private boolean reactivate(Optional<Employee> employee, Optional<Account> account, String by) {
        boolean wasInactive = employee.map(e -> !e.isActive()).orElse(false) || account.map(a -> !a.isActive()).orElse(false);
        if (!wasInactive) {
            return false;
        }
        employee.ifPresent(Employee::reactivate);
        account.ifPresent(Account::reactivate);
        accounts.flush();
        audit.record(by, "person.reactivated", describe(employee, account),
                account.map(Account::getId).map(List::of).orElse(List.of()));
        events.publishEvent(new PersonReactivated(account.map(Account::getId).orElse(null),
                employee.map(Employee::getEmployeeId).orElse(null), account.map(Account::getUsername).orElse(null), by));
        return true;
    }

    private static String describe(Optional<Employee> employee, Optional<Account> account) {
        return "employee " + employee.map(Employee::getEmployeeId).orElse("-") + ", account "
                + account.map(Account::getUsername).orElse("-");
    }
}
