package id.canting.certification.batikmark.internal;

import id.canting.shared.CodeLabel;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import id.canting.certification.CertificateExpired;
import id.canting.certification.CertificateReinstated;
import id.canting.certification.CertificateRevoked;
import id.canting.certification.CertificateSuspended;
import id.canting.registry.Technique;
import id.canting.shared.ConflictException;

/**
 * A Batikmark certificate. It guards its own status: an active one may be suspended or revoked; a
 * suspended one reinstated or revoked; an active or suspended one expires when its validity passed.
 * A revoked or expired certificate stays so. Each change records its event.
 */
@Table("certificate")
public class Certificate extends AbstractAggregateRoot<Certificate> {

	private @Id Long id;
	private String number;
	private String verificationCode;
	private Long ikmId;
	private String ikmName;
	private String regencyCode;
	private String provinceCode;
	private String brand;
	private Technique technique;
	private LocalDate issuedOn;
	private LocalDate validUntil;
	private CertificateStatus status;
	private String statusReason;
	private LocalDate statusChangedOn;
	private Long applicationId;
	private String createdBy;
	private Instant createdAt;
	private Instant updatedAt;
	private @Version Integer version;

	Certificate() {
		// for Spring Data JDBC
	}

	static Certificate issue(CertificateNumber number, String verificationCode, CertifiedIkm ikm, String brand,
			Technique technique, LocalDate issuedOn, LocalDate validUntil, Long applicationId, String by, Instant now) {
		Certificate c = new Certificate();
		c.number = number.toString();
		c.verificationCode = verificationCode;
		c.ikmId = ikm.ikmId();
		c.ikmName = ikm.name();
		c.regencyCode = ikm.regencyCode();
		c.provinceCode = ikm.provinceCode();
		c.brand = brand;
		c.technique = technique;
		c.issuedOn = issuedOn;
		c.validUntil = validUntil;
		c.status = CertificateStatus.ACTIVE;
		c.applicationId = applicationId;
		c.createdBy = by;
		c.createdAt = now;
		c.updatedAt = now;
		return c;
	}

	void suspend(String reason, LocalDate on, String by, Instant now) {
		require(status == CertificateStatus.ACTIVE, "suspend");
		change(CertificateStatus.SUSPENDED, reason, on, now);
		registerEvent(new CertificateSuspended(id, number, provinceCode, reason, by));
	}

	void reinstate(LocalDate on, String by, Instant now) {
		require(status == CertificateStatus.SUSPENDED, "reinstate");
		change(CertificateStatus.ACTIVE, null, on, now);
		registerEvent(new CertificateReinstated(id, number, provinceCode, by));
	}

	void revoke(String reason, LocalDate on, String by, Instant now) {
		require(status == CertificateStatus.ACTIVE || status == CertificateStatus.SUSPENDED, "revoke");
		change(CertificateStatus.REVOKED, reason, on, now);
		registerEvent(new CertificateRevoked(id, number, provinceCode, reason, by));
	}

	/** Marks an active or suspended certificate expired once its validity has passed. */
	void expire(LocalDate today, String by, Instant now) {
		require((status == CertificateStatus.ACTIVE || status == CertificateStatus.SUSPENDED)
				&& today.isAfter(validUntil), "expire");
		change(CertificateStatus.EXPIRED, null, validUntil.plusDays(1), now);
		registerEvent(new CertificateExpired(id, number, provinceCode, validUntil, by));
	}

	private void change(CertificateStatus newStatus, String reason, LocalDate on, Instant now) {
		status = newStatus;
		statusReason = reason;
		statusChangedOn = on;
		updatedAt = now;
	}

	private void require(boolean allowed, String action) {
		if (!allowed) {
			throw new ConflictException("certificate.transition." + action, number, CodeLabel.of("certification.certificate.status.", status));
		}
	}

	public CertificateId id() {
		return id == null ? null : new CertificateId(id);
	}

	public String number() {
		return number;
	}

	/** The random code the QR carries beside the number; never shown in lists. */
	public String verificationCode() {
		return verificationCode;
	}

	public long ikmId() {
		return ikmId;
	}

	public String ikmName() {
		return ikmName;
	}

	public String regencyCode() {
		return regencyCode;
	}

	public String provinceCode() {
		return provinceCode;
	}

	public String brand() {
		return brand;
	}

	public Technique technique() {
		return technique;
	}

	public LabelColour labelColour() {
		return LabelColour.of(technique);
	}

	public LocalDate issuedOn() {
		return issuedOn;
	}

	public LocalDate validUntil() {
		return validUntil;
	}

	public CertificateStatus status() {
		return status;
	}

	/** Why it was suspended or revoked. */
	public String statusReason() {
		return statusReason;
	}

	/** The day of the last status change (suspension, reinstatement, revocation, expiry). */
	public LocalDate statusChangedOn() {
		return statusChangedOn;
	}

	/** The certification application it was issued on, or null (certificates loaded from before Canting). */
	public Long applicationId() {
		return applicationId;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public int version() {
		return version == null ? 0 : version;
	}
}
