-- Admin-written program content in the reader's language: one row per text and language, English being the base
-- text on the content's own table. Content, not personal data: nothing here names or describes a person. A language
-- without a row reads the English text.

-- A year-one module in Spanish, German or Hindi (journey module); same shape as learning_module's texts.
create table learning_module_translation (
    module_number  smallint      not null references learning_module (number) on delete cascade,
    language       varchar(8)    not null check (language in ('es', 'de', 'hi')),
    title          varchar(120)  not null,
    summary        varchar(1000) not null,
    -- One action item per line, as many and in the order of the English ones (the mentee ticks them by position).
    action_items   text          not null,
    -- One resource per line: kind|title|link; empty reads the English resources.
    resources      text          not null,
    mentor_insight text          not null,
    primary key (module_number, language)
);

-- An education topic in Spanish, German or Hindi (circles module).
create table education_topic_translation (
    topic_id    bigint        not null references education_topic (id) on delete cascade,
    language    varchar(8)    not null check (language in ('es', 'de', 'hi')),
    title       varchar(120)  not null,
    description varchar(1000) not null,
    primary key (topic_id, language)
);
