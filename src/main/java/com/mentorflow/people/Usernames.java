package com.mentorflow.people;

import java.util.Locale;

/** The username an invited person gets: the part of their address before the '@', made unique. */
final class Usernames {

    private Usernames() {
    }

    static String proposeFor(String email, AccountRepository accounts) {
        String local = email.split("@", 2)[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", ".");
        String base = local.replaceAll("^[._-]+", "");
        if (base.length() < 3) {
            base = (base + "user").substring(0, Math.max(3, base.length()));
        }
        base = base.length() > 60 ? base.substring(0, 60) : base;
        String candidate = base;
        for (int n = 2; accounts.existsByUsername(candidate); n++) {
            candidate = base + n;
        }
        return candidate;
    }
}
