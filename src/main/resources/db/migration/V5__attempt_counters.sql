-- Sign-in and sign-up attempts per username, per address and per username from an address, so
-- that throttling survives a restart (decision 010). Rows quiet for an hour are deleted.
create table attempt_counter (
    throttle        varchar(32)  not null,
    subject         varchar(160) not null,
    attempts        integer      not null,
    last_attempt_at timestamp with time zone not null,
    constraint pk_attempt_counter primary key (throttle, subject)
);
create index ix_attempt_counter_last_attempt on attempt_counter (last_attempt_at);
