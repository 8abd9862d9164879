package com.mentorflow.people;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** How an identity provider knows a person it provisions over SCIM (V18): its userName and the name parts it sent. */
@Entity
@Table(name = "scim_identity")
class ScimIdentity {

    @Id
    private Long accountId;
    private String userName;
    private String givenName;
    private String familyName;
    private Instant createdAt;
    private Instant updatedAt;

    protected ScimIdentity() {
    }

    ScimIdentity(long accountId, String userName, Instant now) {
        this.accountId = accountId;
        this.userName = userName;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void update(String userName, String givenName, String familyName, Instant now) {
        this.userName = userName;
        this.givenName = givenName;
        this.familyName = familyName;
        this.updatedAt = now;
    }

    Long getAccountId() {
        return accountId;
    }

    String getUserName() {
        return userName;
    }

    String getGivenName() {
        return givenName;
    }

    String getFamilyName() {
        return familyName;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
