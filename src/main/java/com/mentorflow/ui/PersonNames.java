package com.mentorflow.ui;

/** The name a signed-in person goes by, for the header; the people module knows it, the frame knows no module. */
public interface PersonNames {

    /** @return the display name, or the username when the person has none */
    String displayNameOf(String username);
}
