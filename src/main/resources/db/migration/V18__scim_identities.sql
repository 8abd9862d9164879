-- A person as an identity provider (Okta, Entra ID) provisions them over SCIM: its userName (often the e-mail
-- address or UPN, which is not a valid Mentorflow username, so the account keeps its own), the name parts it
-- sends separately, and when it last changed them. A row exists while the provider manages the person; DELETE
-- removes it (the account stays, deactivated). The provider's externalId is account.scim_external_id (V16).
create table scim_identity (
    account_id  bigint       primary key references account (id) on delete cascade,
    user_name   varchar(255) not null,
    given_name  varchar(200),
    family_name varchar(200),
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null
);
create unique index scim_identity_user_name_uk on scim_identity (lower(user_name));
