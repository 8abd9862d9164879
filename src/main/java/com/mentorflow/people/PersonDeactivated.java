package com.mentorflow.people;

/**
 * Someone left (or was switched off): their directory entry and account are inactive. Other modules withdraw,
 * hand over or flag what the person had open. Published inside the deactivating transaction.
 *
 * @param accountId  null when the person never had an account
 * @param employeeId null for an account without a directory entry (the first admin of old installs)
 * @param username   null when the person never had an account
 * @param by         who deactivated them (an admin's username, "directory-import", "scim")
 */
public record PersonDeactivated(Long accountId, String employeeId, String username, String by) {
}
