-- Module programme owns programme_readiness_rule.
-- Eligibility by Industry 4.0 readiness: a programme may ask for an IKM's latest verified overall
-- index or one pillar's score to be below a value (e.g. overall index below 2.00, for those who need
-- it most) or at least a value (e.g. technology pillar at least 1.00, for those ready to use it).
-- subject is OVERALL or the name of an id.canting.readiness.Pillar; comparison BELOW or AT_LEAST.
create table programme_readiness_rule (
    programme_id  bigint        not null references programme (id),
    position      integer       not null,
    subject       varchar(30)   not null,
    comparison    varchar(10)   not null,
    threshold     numeric(3,2)  not null,
    primary key (programme_id, position),
    constraint programme_readiness_rule_subject check (subject in ('OVERALL', 'MANAGEMENT_AND_ORGANISATION',
        'PEOPLE_AND_CULTURE', 'PRODUCTS_AND_SERVICES', 'TECHNOLOGY', 'FACTORY_OPERATIONS')),
    constraint programme_readiness_rule_comparison check (comparison in ('BELOW', 'AT_LEAST')),
    constraint programme_readiness_rule_threshold check (threshold between 0 and 4)
);
