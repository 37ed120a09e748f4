-- A workshop playground (issue 15) has a budget in simulated dollars, kept with the playground so
-- that every action of the simulator reads it; other playgrounds have none.
alter table playground add column budget_usd decimal(12, 2);
alter table playground add constraint ck_playground_budget check (budget_usd is null or budget_usd > 0);
