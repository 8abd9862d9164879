package com.mentorflow.scim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Exactly the filters providers use are understood; every other one is refused, never guessed at. */
class ScimFilterTest {

    @Test
    void readsTheComparisonsProvidersSend() {
        assertThat(ScimFilter.parse("userName eq \"test.user@okta.local\"", ScimFilter.USER_ATTRIBUTES))
                .isEqualTo(new ScimFilter("userName", "test.user@okta.local"));
        assertThat(ScimFilter.parse("  USERNAME  EQ  \"Bjensen\" ", ScimFilter.USER_ATTRIBUTES))
                .isEqualTo(new ScimFilter("userName", "Bjensen"));
        assertThat(ScimFilter.parse("externalId eq \"00ujl29u0le5T6Aj10h7\"", ScimFilter.USER_ATTRIBUTES).attribute()).isEqualTo("externalId");
        assertThat(ScimFilter.parse("emails[type eq \"work\"].value eq \"a@b.example\"", ScimFilter.USER_ATTRIBUTES))
                .isEqualTo(new ScimFilter("emails", "a@b.example"));
        assertThat(ScimFilter.parse("urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"x\"", ScimFilter.USER_ATTRIBUTES)
                .attribute()).isEqualTo("userName");
        assertThat(ScimFilter.parse("displayName eq \"Mentorflow admins\"", ScimFilter.GROUP_ATTRIBUTES))
                .isEqualTo(new ScimFilter("displayName", "Mentorflow admins"));
        assertThat(ScimFilter.parse("userName eq \"say \\\"hi\\\"\"", ScimFilter.USER_ATTRIBUTES).value()).isEqualTo("say \"hi\"");
    }

    @Test
    void refusesWhatItDoesNotSupport() {
        for (String filter : new String[] {"userName co \"x\"", "userName eq \"a\" or userName eq \"b\"", "userName pr",
                "userName eq x", "title eq \"Boss\"", "emails[type eq \"home\"].value eq \"a@b.example\"", "", "userName eq \"x"}) {
            assertThatThrownBy(() -> ScimFilter.parse(filter, ScimFilter.USER_ATTRIBUTES)).as(filter)
                    .isInstanceOfSatisfying(ScimException.class, e -> assertThat(e.scimType()).isEqualTo("invalidFilter"));
        }
        assertThatThrownBy(() -> ScimFilter.parse("userName eq \"x\"", ScimFilter.GROUP_ATTRIBUTES)).isInstanceOf(ScimException.class);
    }
}
