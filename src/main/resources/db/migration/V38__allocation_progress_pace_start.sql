-- Module allocation owns this table: the day an order's plan was first confirmed, from which each
-- producer's pace is measured (the average daily rate since then). Written once, when the plan room
-- publishes the first AllocationPlanConfirmed of the order; a re-plan does not move it.
create table allocation_pace_start (
    order_id        bigint  not null primary key references allocation_order (id),
    confirmed_on    date    not null
);

-- the dashboard and the alert job read today's alerts of an order
create index allocation_pace_alert_day on allocation_pace_alert (raised_on);
