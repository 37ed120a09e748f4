-- Spring Modulith's event publication registry (docs/decisions/012-typed-events.md): an event for a
-- listener in another feature is written here in the publishing action's transaction and deleted
-- when the listener has finished with it; one still here at start-up is handed to its listener again.
-- The archive table is only used in the registry's "archive" completion mode; Hibernate validates it either way.
create table event_publication (
    id               uuid                     not null primary key,
    listener_id      varchar(512)             not null,
    event_type       varchar(512)             not null,
    serialized_event character varying        not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone
);
create index ix_event_publication_incomplete on event_publication (completion_date, publication_date);

create table event_publication_archive (
    id               uuid                     not null primary key,
    listener_id      varchar(512)             not null,
    event_type       varchar(512)             not null,
    serialized_event character varying        not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone
);

-- Which EC2 refusals each learner has met in their playground, and when first: the progress feature
-- fills it from committed playground events.
create table refusal_met (
    username      varchar(32) not null,
    error_code    varchar(64) not null,
    first_met_at  timestamp with time zone not null,
    constraint pk_refusal_met primary key (username, error_code),
    constraint fk_refusal_met_user foreign key (username) references user_account (username) on delete cascade
);
