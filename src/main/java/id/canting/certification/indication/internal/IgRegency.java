package id.canting.certification.indication.internal;

import org.springframework.data.relational.core.mapping.Table;

/** A regency or city (Kemendagri code PP.RR) inside the area of a geographical indication. */
@Table("geographical_indication_regency")
public record IgRegency(String regencyCode) {
}
