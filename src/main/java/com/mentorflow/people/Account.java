package com.mentorflow.people;

import com.mentorflow.platform.Roles;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** Someone who can sign in. The username is also their Camunda user id. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String displayName;

    /** bcrypt; null for people who sign in some other way later (e.g. SSO) and so cannot use a password. */
    private String passwordHash;

    private boolean active = true;

    /** The directory record this account belongs to, linked by e-mail address. */
    private String employeeId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Roles> roles = new HashSet<>();

    @Column(nullable = false)
    private Instant createdAt;

    /** The single sign-on identity (issuer and subject) linked at the person's first SSO sign-in. */
    private String ssoIssuer;
    private String ssoSubject;

    /** The identity provider's own id for the person, when SCIM created or updated them. */
    private String scimExternalId;
    private boolean provisionedByScim;

    private Instant lastSignInAt;

    /** A language tag of platform.Languages, or null: the person reads their browser's language. */
    private String preferredLanguage;

    protected Account() {
    }

    Account(String username, String email, String displayName, String passwordHash, Set<Roles> roles, Instant now) {
        this.username = username;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
        this.createdAt = now;
    }

    void rename(String displayName) {
        this.displayName = displayName;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void linkEmployee(String employeeId) {
        this.employeeId = employeeId;
    }

    void linkSso(String issuer, String subject) {
        this.ssoIssuer = issuer;
        this.ssoSubject = subject;
    }

    void provisionedByScim(String externalId) {
        this.provisionedByScim = true;
        this.scimExternalId = externalId;
    }

    void signedIn(Instant at) {
        this.lastSignInAt = at;
    }

    void deactivate() {
        this.active = false;
    }

    // ---- roles granted and revoked by an admin (People view), SCIM groups or SSO's roles claim; callers sync Camunda's groups after
    void grant(Roles role) {
        roles.add(role);
    }

    void revoke(Roles role) {
        roles.remove(role);
    }

    void reactivate() {
        this.active = true;
    }

    /** The identity provider changed the person's address (SCIM); callers sync Camunda's identity after. */
    void changeEmail(String email) {
        this.email = email;
    }

    String erasedEmail() {
        return "erased-" + id + "@erased.invalid";
    }

    /** Keeps the row (ids are referenced in history) but nothing that identifies the person. */
    void erase() {
        this.username = "erased-" + id;
        this.email = erasedEmail();
        this.displayName = "Erased participant";
        this.passwordHash = null;
        this.active = false;
        this.employeeId = null;
        this.ssoIssuer = null;
        this.ssoSubject = null;
        this.scimExternalId = null;
        this.roles.clear();
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public String getEmployeeId() {
        return employeeId;
    }

    public Set<Roles> getRoles() {
        return Set.copyOf(roles);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getSsoIssuer() {
        return ssoIssuer;
    }

    public String getSsoSubject() {
        return ssoSubject;
    }

    public String getScimExternalId() {
        return scimExternalId;
    }

    public boolean isProvisionedByScim() {
        return provisionedByScim;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    String getPreferredLanguage() {
        return preferredLanguage;
    }

    void choosePreferredLanguage(String tag) {
        this.preferredLanguage = tag;
    }
}
