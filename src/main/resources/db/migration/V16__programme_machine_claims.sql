-- Module programme owns claim_line, verification_visit and visit_machine.
-- A machine-restructuring application's claim: the new machines the IKM bought (lines numbered from
-- 1 in the order given), and the officer's verification visit with what was found for each machine.

create table claim_line (
    application_id     bigint       not null references programme_application (id),
    line_no            integer      not null,
    machine_name       varchar(200) not null,
    machine_condition  varchar(10)  not null,
    origin             varchar(10)  not null,
    supplier           varchar(200) not null,
    invoice_number     varchar(60)  not null,
    tax_invoice_number varchar(60)  not null,
    purchase_date      date         not null,
    price_idr          bigint       not null,
    primary key (application_id, line_no)
);

create table verification_visit (
    application_id  bigint        not null primary key references programme_application (id),
    visited_on      date          not null,
    officer         varchar(100)  not null,
    company_exists  boolean       not null,
    notes           varchar(2000),
    recorded_at     timestamp     not null
);

create table visit_machine (
    application_id  bigint  not null references verification_visit (application_id),
    line_no         integer not null,
    present         boolean not null,
    is_new          boolean not null,
    primary key (application_id, line_no)
);
