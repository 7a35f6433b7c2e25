package id.canting.registry;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import id.canting.region.Regency;
import id.canting.registry.events.SentraDeactivated;
import id.canting.registry.events.SentraUpdated;
import id.canting.shared.ConflictException;
import id.canting.shared.FieldChange;

/**
 * A sentra: an industry centre in one regency where batik IKM of the same kind of production work
 * side by side. Its members are the IKM that name it; equipment grants go to sentra.
 */
@Table("sentra")
public class Sentra extends AbstractAggregateRoot<Sentra> {

	private @Id Long id;
	private String code;
	private String name;
	private String regencyCode;
	private String provinceCode;
	private String address;
	private Integer yearEstablished;
	private Revitalisation revitalisation;
	private Integer revitalisationYear;
	private String notes;
	private RecordStatus status;
	private Instant createdAt;
	private Instant updatedAt;
	private @Version Integer version;

	Sentra() {
		// for Spring Data JDBC
	}

	static Sentra register(SentraDetails details, Instant now) {
		Sentra sentra = new Sentra();
		sentra.apply(details);
		sentra.status = RecordStatus.ACTIVE;
		sentra.createdAt = now;
		sentra.updatedAt = now;
		return sentra;
	}

	List<FieldChange> update(SentraDetails details, String by, Instant now) {
		String provinceBefore = provinceCode;
		List<FieldChange> changes = details.changesFrom(details());
		if (!changes.isEmpty()) {
			apply(details);
			updatedAt = now;
			registerEvent(new SentraUpdated(id(), provinceBefore, changes, by));
		}
		return changes;
	}

	void deactivate(String by, Instant now) {
		if (status != RecordStatus.ACTIVE) {
			throw new ConflictException("sentra.inactive", id);
		}
		status = RecordStatus.INACTIVE;
		updatedAt = now;
		registerEvent(new SentraDeactivated(id(), provinceCode, by));
	}

	private void apply(SentraDetails details) {
		code = details.code();
		name = details.name();
		regencyCode = details.regencyCode();
		provinceCode = Regency.provinceOf(details.regencyCode());
		address = details.address();
		yearEstablished = details.yearEstablished();
		revitalisation = details.revitalisation();
		revitalisationYear = details.revitalisationYear();
		notes = details.notes();
	}

	public SentraDetails details() {
		return new SentraDetails(code, name, regencyCode, address, yearEstablished, revitalisation, revitalisationYear,
				notes);
	}

	public SentraId id() {
		return id == null ? null : new SentraId(id);
	}

	public String name() {
		return name;
	}

	public String regencyCode() {
		return regencyCode;
	}

	public String provinceCode() {
		return provinceCode;
	}

	public RecordStatus status() {
		return status;
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
