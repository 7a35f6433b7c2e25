package id.canting.certification.indication.internal;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A producer allowed to use a geographical indication: an IKM in a covered regency, its name and
 * regency as the registry had them when it joined.
 */
@Table("geographical_indication_member")
public record IgMember(long ikmId, String ikmName, String regencyCode, LocalDate joinedOn) {
}
