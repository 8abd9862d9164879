package com.mentorflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameAvatarTest {

    @Test
    void initialsAreTheCapitalsOfTheFirstAndLastWord() {
        assertThat(NameAvatar.initials("Priya Shah")).isEqualTo("PS");
        assertThat(NameAvatar.initials("Test every-route-participant")).isEqualTo("TP");
        assertThat(NameAvatar.initials("phone-mentee")).isEqualTo("PM");
        assertThat(NameAvatar.initials("maya")).isEqualTo("M");
        assertThat(NameAvatar.initials("  ")).isEqualTo("?");
    }

    @Test
    void theAvatarIsDecorationBesideThePrintedName() {
        var avatar = NameAvatar.of("Nina Larsen");
        assertThat(avatar.getAbbreviation()).isEqualTo("NL");
        assertThat(avatar.getElement().getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(avatar.getElement().getAttribute("tabindex")).isEqualTo("-1");
    }
}
