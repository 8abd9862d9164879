package com.mentorflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;

/** With no token configured SCIM is off: every request, even one with a token, is refused with the reason. */
class ScimBearerTokenFilterTest {

    @Test
    void withoutAConfiguredTokenEveryRequestIsRefusedSayingWhy() throws Exception {
        for (String configured : new String[] {null, "", "   "}) {
            ScimBearerTokenFilter filter = new ScimBearerTokenFilter(configured, SecurityContextHolder.getContextHolderStrategy());
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/scim/v2/Users");
            request.addHeader("Authorization", "Bearer ");
            MockHttpServletResponse response = new MockHttpServletResponse();
            MockFilterChain chain = new MockFilterChain();

            filter.doFilter(request, response, chain);

            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.getContentAsString()).contains("MENTORFLOW_SCIM_TOKEN");
            assertThat(chain.getRequest()).as("the request went no further").isNull();
        }
    }

    @Test
    void theRightTokenPassesAndTheContextIsClearedAfterwards() throws Exception {
        ScimBearerTokenFilter filter = new ScimBearerTokenFilter(" secret-token ", SecurityContextHolder.getContextHolderStrategy());
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/scim/v2/Users");
        request.addHeader("Authorization", "Bearer secret-token");
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNotNull();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }
}
