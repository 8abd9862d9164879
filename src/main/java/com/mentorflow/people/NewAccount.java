package com.mentorflow.people;

import com.mentorflow.platform.Roles;
import java.util.Set;

/**
 * What creating an account needs.
 *
 * @param password plain text, hashed at once; null for an account that cannot sign in with a password
 */
public record NewAccount(String username, String email, String displayName, String password, Set<Roles> roles) {
}
