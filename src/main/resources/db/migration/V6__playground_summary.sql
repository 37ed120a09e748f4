-- A summary of each playground, written with every action in the same row update, so that a class
-- dashboard reads a whole class in one query without loading a playground's document. Rows stored
-- before have zeros until their owner's next action.
alter table playground add column instances_pending       int            default 0 not null;
alter table playground add column instances_running       int            default 0 not null;
alter table playground add column instances_stopping      int            default 0 not null;
alter table playground add column instances_stopped       int            default 0 not null;
alter table playground add column instances_shutting_down int            default 0 not null;
alter table playground add column spend_so_far_usd        decimal(28, 10) default 0 not null;
alter table playground add column last_activity_at        timestamp with time zone;
