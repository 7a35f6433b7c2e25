-- Module programme owns programme_rate (and the columns added to programme here).
-- The reimbursement rate table of a machine-restructuring programme: rates changed by year, so
-- each programme carries its own (e.g. 2016-17: domestic 45% kecil / 35% menengah, imported
-- 35% / 25%; 2018-2020: domestic 30%, imported 25%, minimum Rp5 M, maximum Rp300 M per company).
-- A line without a size class applies to every size class; a line for one size class takes
-- precedence over it. Programmes of other types have no line and no minimum or maximum.

alter table programme add column reimbursement_min_idr bigint;
alter table programme add column reimbursement_max_idr bigint;
alter table programme add constraint programme_reimbursement_bounds
    check (reimbursement_max_idr is null or reimbursement_min_idr is null
           or reimbursement_max_idr >= reimbursement_min_idr);

create table programme_rate (
    programme_id  bigint       not null references programme (id),
    position      integer      not null,
    origin        varchar(10)  not null,
    -- null: any size class
    size_class    varchar(10),
    rate_percent  numeric(5,2) not null,
    primary key (programme_id, position),
    constraint programme_rate_percent check (rate_percent > 0 and rate_percent <= 100)
);
