-- business matching, room "schedule": the latest run's must-meet figures, for the organiser's page
alter table matching_schedule_run add column must_requested integer;
alter table matching_schedule_run add column must_placed integer;
