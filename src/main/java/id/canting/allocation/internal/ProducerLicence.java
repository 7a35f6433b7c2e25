package id.canting.allocation.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What the registry does not say about an IKM and an order may ask: KBLI 13134 (batik making) on its NIB,
 * its halal certificate, proven batik cap capability (stamps and a cap table), a workshop of its own.
 * Recorded by an officer of the IKM's province or an admin; one row per IKM.
 */
@Table("allocation_producer_licence")
public class ProducerLicence implements Persistable<Long> {

	private @Id Long ikmId;
	@Column("kbli_13134")
	private boolean kbli13134;
	private HalalStatus halalStatus;
	private String halalNumber;
	private boolean capCapability;
	private boolean workshop;
	private String note;
	private String recordedBy;
	private Instant recordedAt;
	private @Version Integer version;

	ProducerLicence() {
		// for Spring Data JDBC
	}

	/** A licence not yet recorded: nothing held. */
	public static ProducerLicence none(long ikmId) {
		ProducerLicence l = new ProducerLicence();
		l.ikmId = ikmId;
		l.halalStatus = HalalStatus.NONE;
		return l;
	}

	/** Replaces what is recorded (checked by {@link LicenceService}). */
	void record(LicenceInput.Checked in, String by, Instant at) {
		kbli13134 = in.kbli13134();
		halalStatus = in.halalStatus();
		halalNumber = in.halalNumber();
		capCapability = in.capCapability();
		workshop = in.workshop();
		note = in.note();
		recordedBy = by;
		recordedAt = at;
	}

	@Override
	public Long getId() {
		return ikmId;
	}

	@Override
	public boolean isNew() {
		return version == null;
	}

	public long ikmId() {
		return ikmId;
	}

	public boolean kbli13134() {
		return kbli13134;
	}

	public HalalStatus halalStatus() {
		return halalStatus;
	}

	public String halalNumber() {
		return halalNumber;
	}

	public boolean capCapability() {
		return capCapability;
	}

	public boolean workshop() {
		return workshop;
	}

	public String note() {
		return note;
	}

	public String recordedBy() {
		return recordedBy;
	}

	public Instant recordedAt() {
		return recordedAt;
	}

	/**
	 * 0 until recorded, then 1, 2, … (the stored version starts at 0, so it is shifted by one to tell a
	 * licence never recorded from one recorded once).
	 */
	public int version() {
		return version == null ? 0 : version + 1;
	}
}
