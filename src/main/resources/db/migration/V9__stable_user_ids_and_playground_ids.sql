-- Users are referred to by their stable id, not their username (decision 015). A playground gets a
-- public id of its own and a purpose: "free" for the one every learner has; guided challenges and
-- workshops will each give a learner another one, so one owner may hold several.
alter table playground add column owner_id bigint;
update playground p set owner_id = (select u.id from user_account u where u.username = p.owner_username);
alter table playground alter column owner_id set not null;
alter table playground drop constraint fk_playground_owner;
alter table playground drop constraint uq_playground_owner;
alter table playground drop column owner_username;
alter table playground add column purpose varchar(64) default 'free' not null;
alter table playground add column public_id uuid default random_uuid() not null;
alter table playground add constraint uq_playground_purpose unique (owner_id, purpose);
alter table playground add constraint uq_playground_public_id unique (public_id);
alter table playground add constraint fk_playground_owner foreign key (owner_id) references user_account (id) on delete cascade;

alter table lesson_progress add column user_id bigint;
update lesson_progress l set user_id = (select u.id from user_account u where u.username = l.username);
alter table lesson_progress alter column user_id set not null;
alter table lesson_progress drop constraint fk_lesson_progress_user;
alter table lesson_progress drop constraint uq_lesson_progress;
alter table lesson_progress drop column username;
alter table lesson_progress add constraint uq_lesson_progress unique (user_id, lesson_id);
alter table lesson_progress add constraint fk_lesson_progress_user foreign key (user_id) references user_account (id) on delete cascade;

alter table refusal_met add column user_id bigint;
update refusal_met r set user_id = (select u.id from user_account u where u.username = r.username);
alter table refusal_met alter column user_id set not null;
alter table refusal_met drop constraint fk_refusal_met_user;
alter table refusal_met drop constraint pk_refusal_met;
alter table refusal_met drop column username;
alter table refusal_met add constraint pk_refusal_met primary key (user_id, error_code);
alter table refusal_met add constraint fk_refusal_met_user foreign key (user_id) references user_account (id) on delete cascade;
