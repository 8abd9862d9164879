/**
 * Provisioning over SCIM 2.0 (RFC 7643/7644) for identity providers such as Okta and Microsoft Entra ID: Users and
 * Groups (fixed groups that carry roles) at {@code /scim/v2}, behind the SCIM bearer token.
 */
@org.springframework.modulith.ApplicationModule(displayName = "SCIM provisioning")
package com.mentorflow.scim;
