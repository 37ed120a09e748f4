-- Workshop pacing and announcements (issue 15). lessons_unlocked: in an instructor-paced workshop,
-- how many of its lessons, in order, the instructor has unlocked (a free-paced one shows them all).
-- announcement: the banner every participant sees, with when it was made; empty when there is none.
alter table workshop add column lessons_unlocked int default 1 not null;
alter table workshop add column announcement varchar(500) default '' not null;
alter table workshop add column announced_at timestamp with time zone;
alter table workshop add constraint ck_workshop_lessons_unlocked check (lessons_unlocked >= 0);
