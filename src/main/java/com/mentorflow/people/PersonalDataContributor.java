package com.mentorflow.people;

/**
 * Implemented by each module that stores data about a person, so "Download my data" and "Erase my account"
 * cover everything without this module knowing the others.
 */
public interface PersonalDataContributor {

    /** The heading of this module's part in the export. */
    String section();

    /** Plain data (maps, lists, strings) that Jackson writes as JSON. */
    Object export(long accountId);

    /** Deletes or anonymises this module's data about the person, in the erasure's transaction. */
    void erase(long accountId);
}
