-- Module region owns province and regency: the official Kemendagri codes (data loaded by V2).
create table province (
    code varchar(2)   primary key,
    name varchar(100) not null
);

create table regency (
    code          varchar(5)   primary key,
    province_code varchar(2)   not null references province (code),
    name          varchar(100) not null
);

create index regency_province_code on regency (province_code);
