package com.mentorflow.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rules for a password chosen from a mailed link, each with the message the page shows. */
class PasswordRulesTest {

    private final PasswordRules rules = new PasswordRules();

    @Test
    void aLongUncommonPasswordThatIsNotTheUsernamePasses() {
        assertThat(rules.problems("violet-kettle-73-harbour", "violet-kettle-73-harbour", "maya.okafor",
                "maya.okafor@example.com")).isEmpty();
    }

    @Test
    void elevenCharactersAreTooFewTwelveAreEnough() {
        assertThat(rules.problems("Xk4!pq9Lm2z", "Xk4!pq9Lm2z", "maya", "maya@example.com"))
                .containsEntry("password", "A password needs at least 12 characters.");
        assertThat(rules.problems("Xk4!pq9Lm2zR", "Xk4!pq9Lm2zR", "maya", "maya@example.com")).isEmpty();
    }

    @Test
    void theUsernameOrAddressIsRefusedWhateverItsCase() {
        assertThat(rules.problems("Maya.Okafor.Longname", "Maya.Okafor.Longname", "maya.okafor.longname",
                "mo@example.com")).containsEntry("password", PasswordRules.IS_USERNAME);
        assertThat(rules.problems("maya.okafor@example.com", "maya.okafor@example.com", "maya",
                "Maya.Okafor@example.com")).containsEntry("password", PasswordRules.IS_USERNAME);
        assertThat(rules.problems("maya.okafor.x", "maya.okafor.x", "maya", "maya.okafor.x@example.com"))
                .containsEntry("password", PasswordRules.IS_USERNAME);
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        for (String common : new String[] {"password1234", "Password1234", "qwertyuiop12", "123456789012", "iloveyou2024",
                "letmein12345", "1q2w3e4r5t6y"}) {
            assertThat(rules.problems(common, common, "someone", "someone@example.com"))
                    .as(common).containsEntry("password", PasswordRules.IS_COMMON);
        }
    }

    @Test
    void theTwoEntriesMustBeTheSame() {
        assertThat(rules.problems("violet-kettle-73-harbour", "violet-kettle-73-harbor", "maya", "maya@example.com"))
                .containsOnlyKeys("confirmation").containsEntry("confirmation", PasswordRules.DIFFERS);
        assertThat(rules.problems(null, null, "maya", "maya@example.com")).containsOnlyKeys("password");
    }

    @Test
    void theListHoldsThousandsOfEntries() {
        assertThat(rules.listSize()).isGreaterThan(10_000);
    }
}
