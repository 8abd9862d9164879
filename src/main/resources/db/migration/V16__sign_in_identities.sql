-- How a person signs in besides a password: the single sign-on identity their first SSO sign-in linked
-- (issuer and subject, stable across e-mail changes), the id their identity provider gave them over SCIM, and
-- when they last signed in any way (shown to admins on People).
alter table account add column sso_issuer varchar(255);
alter table account add column sso_subject varchar(255);
create unique index account_sso_uk on account (sso_issuer, sso_subject);
alter table account add column scim_external_id varchar(255);
alter table account add column provisioned_by_scim boolean not null default false;
alter table account add column last_sign_in_at timestamptz;
