package id.canting.trade;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import id.canting.shared.FieldChange;

/**
 * One month's exports of one HS code to one destination country, as one source (e.g. BPS) states
 * them. Stored with the first day of its month, so periods are index ranges.
 */
@Table("export_record")
public class ExportRecord extends AbstractAggregateRoot<ExportRecord> {

	private @Id Long id;
	private LocalDate monthStart;
	private String hsCode;
	private String countryCode;
	private BigDecimal valueUsd;
	private BigDecimal netWeightKg;
	private String source;
	private Instant createdAt;
	private Instant updatedAt;
	private @Version Integer version;

	ExportRecord() {
		// for Spring Data JDBC
	}

	static ExportRecord record(ExportRecordDetails details, Instant now) {
		ExportRecord record = new ExportRecord();
		record.apply(details);
		record.createdAt = now;
		record.updatedAt = now;
		return record;
	}

	List<FieldChange> update(ExportRecordDetails details, String by, Instant now) {
		List<FieldChange> changes = details.changesFrom(details());
		if (!changes.isEmpty()) {
			apply(details);
			updatedAt = now;
			registerEvent(new ExportRecordUpdated(id(), changes, by));
		}
		return changes;
	}

	private void apply(ExportRecordDetails details) {
		monthStart = details.month().atDay(1);
		hsCode = details.hsCode();
		countryCode = details.countryCode();
		valueUsd = details.valueUsd();
		netWeightKg = details.netWeightKg();
		source = details.source();
	}

	public ExportRecordDetails details() {
		return new ExportRecordDetails(month(), hsCode, countryCode, valueUsd, netWeightKg, source);
	}

	public ExportRecordId id() {
		return id == null ? null : new ExportRecordId(id);
	}

	public YearMonth month() {
		return YearMonth.from(monthStart);
	}

	public String hsCode() {
		return hsCode;
	}

	public String countryCode() {
		return countryCode;
	}

	public BigDecimal valueUsd() {
		return valueUsd;
	}

	public BigDecimal netWeightKg() {
		return netWeightKg;
	}

	public String source() {
		return source;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public int version() {
		return version == null ? 0 : version;
	}
}
