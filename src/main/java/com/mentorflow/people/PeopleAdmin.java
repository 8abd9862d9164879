package com.mentorflow.people;

import com.mentorflow.platform.AuditLog;
import com.mentorflow.platform.ConflictException;
import com.mentorflow.platform.CurrentUser;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Roles;
import com.mentorflow.platform.Sentence;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin changes about a person, from the People view or {@code /api/people}: roles, deactivation (through
 * {@link PersonStatus}, so every module hears of it) and invitations. The rules live here, once: Mentorflow never
 * ends up without an active admin, and no admin removes their own admin role or switches themselves off.
 */
@Service
@RolesAllowed(Roles.ADMIN_ROLE)
public class PeopleAdmin {

    /** The roles an admin grants in the app; participation comes with the account. */
    public static final Set<Roles> GRANTABLE = Set.of(Roles.PROGRAM_MANAGER, Roles.ADMIN);
    /** Two admins changing admins at once must not both remove "the other" last admin. */
    private static final long ADMINS_LOCK = 0x4d46_4144_4dL;

    private final AccountRepository accounts;
    private final CamundaIdentitySync identitySync;
    private final PersonStatus status;
    private final Invitations invitations;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;

    PeopleAdmin(AccountRepository accounts, CamundaIdentitySync identitySync, PersonStatus status, Invitations invitations,
                AuditLog audit, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.identitySync = identitySync;
        this.status = status;
        this.invitations = invitations;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** @return false when they had the role already */
    @Transactional
    public boolean grant(long accountId, Roles role) {
        Account account = grantable(accountId, role);
        if (account.getRoles().contains(role)) {
            return false;
        }
        if (!account.isActive()) {
            throw new ConflictException(Sentence.of("people.refusal.deactivatedPerson", account.getDisplayName()));
        }
        account.grant(role);
        accounts.flush();
        identitySync.sync(account);
        audit.record(CurrentUser.username(), "role-granted", label(role) + " to " + account.getUsername(), List.of(account.getId()));
        return true;
    }

    /** @return false when they did not have the role */
    @Transactional
    public boolean revoke(long accountId, Roles role) {
        Account account = grantable(accountId, role);
        if (!account.getRoles().contains(role)) {
            return false;
        }
        String actor = CurrentUser.username();
        if (role == Roles.ADMIN) {
            refuseLosingAnAdmin(account, actor, "adminRole");
        }
        account.revoke(role);
        accounts.flush();
        identitySync.sync(account);
        audit.record(actor, "role-revoked", label(role) + " from " + account.getUsername(), List.of(account.getId()));
        return true;
    }

    /** By directory entry (also for people without an account); @return false when they were inactive already */
    @Transactional
    public boolean deactivateEmployee(String employeeId) {
        String actor = CurrentUser.username();
        accounts.findByEmployeeId(employeeId == null ? "" : employeeId)
                .ifPresent(account -> refuseLosingAnAdmin(account, actor, "deactivate"));
        return status.deactivateEmployee(employeeId == null ? "" : employeeId, actor);
    }

    @Transactional
    public boolean deactivateAccount(long accountId) {
        String actor = CurrentUser.username();
        refuseLosingAnAdmin(existing(accountId), actor, "deactivate");
        return status.deactivateAccount(accountId, actor);
    }

    @Transactional
    public boolean reactivateEmployee(String employeeId) {
        return status.reactivateEmployee(employeeId == null ? "" : employeeId, CurrentUser.username());
    }

    @Transactional
    public boolean reactivateAccount(long accountId) {
        existing(accountId);
        return status.reactivateAccount(accountId, CurrentUser.username());
    }

    /** A fresh invitation link for someone in the directory without an account (audited by {@link Invitations}). */
    public void invite(String employeeId) {
        invitations.invite(employeeId);
    }

    private Account grantable(long accountId, Roles role) {
        if (role == null || !GRANTABLE.contains(role)) {
            throw new RejectedInputException("role", Sentence.of("people.refusal.adminRolesOnly"));
        }
        return existing(accountId);
    }

    private Account existing(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new RejectedInputException("accountId", Sentence.of("people.refusal.noSuchAccount")));
    }

    /** Refuses when {@code account} is the actor themselves or the last active admin. Locks admin changes until commit. */
    private void refuseLosingAnAdmin(Account account, String actor, String action) {
        if (!account.getRoles().contains(Roles.ADMIN) || !account.isActive()) {
            return;
        }
        if (account.getUsername().equals(actor)) {
            throw new ConflictException(Sentence.of("people.refusal.notYourself." + action));
        }
        jdbc.execute("select pg_advisory_xact_lock(" + ADMINS_LOCK + ")");
        if (accounts.countActiveAdmins() <= 1) {
            throw new ConflictException(Sentence.of("people.refusal.lastAdmin." + action, account.getDisplayName()));
        }
    }

    static String label(Roles role) {
        return role == Roles.PROGRAM_MANAGER ? "Program manager" : role == Roles.ADMIN ? "Admin" : "Participant";
    }
}
