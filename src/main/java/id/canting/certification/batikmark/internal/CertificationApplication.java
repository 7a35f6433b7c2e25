package id.canting.certification.batikmark.internal;

import id.canting.shared.CodeLabel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import id.canting.certification.CertificationApplied;
import id.canting.certification.CertificationStatus;
import id.canting.certification.CertificationStepTaken;
import id.canting.certification.SurveillanceResult;
import id.canting.registry.Technique;
import id.canting.shared.ConflictException;
import id.canting.shared.FieldChange;
import id.canting.shared.RuleRefusedException;

/**
 * An IKM's application for Batikmark certification of a product line. It guards its own workflow,
 * one step at a time from the status before it (409 otherwise): RECEIVED, FILE_CHECKED, SAMPLED,
 * BILLED, PAID, TESTED, then ISSUED (only when every lab test passed, 422 otherwise) or REJECTED
 * with a reason at any step before the decision. Each step registers its event.
 */
@Table("certification_application")
public class CertificationApplication extends AbstractAggregateRoot<CertificationApplication> {

	private @Id Long id;
	private Long ikmId;
	private String ikmName;
	private String provinceCode;
	private String brand;
	private String trademarkNumber;
	private Technique technique;
	private String productDescription;
	private CertificationStatus status;
	private LocalDate receivedOn;
	private LocalDate fileCheckedOn;
	private LocalDate sampledOn;
	private String samplingOfficer;
	private String sampleCodes;
	private Long pnbpIdr;
	private LocalDate billedOn;
	private LocalDate paidOn;
	private String labStandard;
	private BigDecimal shrinkagePercent;
	private Boolean shrinkagePassed;
	private BigDecimal washingGrade;
	private Boolean washingPassed;
	private BigDecimal rubbingGrade;
	private Boolean rubbingPassed;
	private LocalDate testedOn;
	private LocalDate decidedOn;
	private String decidedBy;
	private String rejectionReason;
	private Long certificateId;
	private String certificateNumber;
	private String createdBy;
	private Instant createdAt;
	private Instant updatedAt;
	private @Version Integer version;

	CertificationApplication() {
		// for Spring Data JDBC
	}

	static CertificationApplication receive(CertificationInput input, String ikmName, String provinceCode,
			LocalDate today, String by, Instant now) {
		CertificationApplication a = new CertificationApplication();
		a.ikmId = input.ikmId();
		a.ikmName = ikmName;
		a.provinceCode = provinceCode;
		a.brand = input.brand().strip();
		a.trademarkNumber = input.trademarkNumber().strip();
		a.technique = input.technique();
		a.productDescription = input.productDescription().strip();
		a.status = CertificationStatus.RECEIVED;
		a.receivedOn = today;
		a.createdBy = by;
		a.createdAt = now;
		a.updatedAt = now;
		return a;
	}

	/** Registers the event of a newly saved application (its id is known only then). */
	void applied(String by) {
		registerEvent(new CertificationApplied(id, provinceCode, ikmId, brand, technique.name(), by));
	}

	void checkFile(LocalDate today, String by, Instant now) {
		require(CertificationStatus.RECEIVED, "file-check");
		fileCheckedOn = today;
		step(CertificationStatus.FILE_CHECKED, null, List.of(), by, now);
	}

	void sample(LocalDate on, String officer, String codes, String by, Instant now) {
		require(CertificationStatus.FILE_CHECKED, "sample");
		sampledOn = on;
		samplingOfficer = officer;
		sampleCodes = codes;
		step(CertificationStatus.SAMPLED, null, List.of(recorded("sampledOn", on), recorded("samplingOfficer", officer),
				recorded("sampleCodes", codes)), by, now);
	}

	void bill(long amountIdr, LocalDate today, String by, Instant now) {
		require(CertificationStatus.SAMPLED, "bill");
		pnbpIdr = amountIdr;
		billedOn = today;
		step(CertificationStatus.BILLED, null, List.of(recorded("pnbpIdr", amountIdr)), by, now);
	}

	void pay(LocalDate on, String by, Instant now) {
		require(CertificationStatus.BILLED, "pay");
		if (on.isBefore(billedOn)) {
			throw new RuleRefusedException("certification.rule.paid-before-billed", on, billedOn);
		}
		paidOn = on;
		step(CertificationStatus.PAID, null, List.of(recorded("paidOn", on)), by, now);
	}

	void test(LabResults results, LocalDate today, String by, Instant now) {
		require(CertificationStatus.PAID, "test");
		labStandard = results.standard();
		shrinkagePercent = results.shrinkagePercent();
		shrinkagePassed = results.shrinkagePassed();
		washingGrade = results.washingGrade();
		washingPassed = results.washingPassed();
		rubbingGrade = results.rubbingGrade();
		rubbingPassed = results.rubbingPassed();
		testedOn = today;
		step(CertificationStatus.TESTED, results.standard(),
				List.of(recorded("labResult", results.allPassed() ? SurveillanceResult.PASS : SurveillanceResult.FAIL)), by, now);
	}

	/** Refuses before the certificate is issued when the status or the lab results do not allow it. */
	void requireIssuable() {
		require(CertificationStatus.TESTED, "issue");
		if (!labResults().allPassed()) {
			throw new RuleRefusedException("certification.rule.tests-failed", labStandard);
		}
	}

	void issued(Certificate certificate, LocalDate today, String by, Instant now) {
		requireIssuable();
		certificateId = certificate.id().value();
		certificateNumber = certificate.number();
		decidedOn = today;
		decidedBy = by;
		step(CertificationStatus.ISSUED, certificate.number(), List.of(), by, now);
	}

	void reject(String reason, LocalDate today, String by, Instant now) {
		if (status.isDecided()) {
			throw new ConflictException("certification.transition.reject", id, CodeLabel.of("certification.status.", status));
		}
		rejectionReason = reason;
		decidedOn = today;
		decidedBy = by;
		step(CertificationStatus.REJECTED, reason, List.of(), by, now);
	}

	private void step(CertificationStatus next, String detail, List<FieldChange> recorded, String by, Instant now) {
		status = next;
		updatedAt = now;
		registerEvent(new CertificationStepTaken(id, provinceCode, next, detail, recorded, by));
	}

	/** A field the step set, as the trail keeps values: codes and ISO days, for pages to label. */
	private static FieldChange recorded(String field, Object value) {
		return new FieldChange(field, null, String.valueOf(value));
	}

	private void require(CertificationStatus from, String action) {
		if (status != from) {
			throw new ConflictException("certification.transition." + action, id, CodeLabel.of("certification.status.", status));
		}
	}

	/** The service-level clock: working days from payment to the decision, or to today while pending. */
	public ServiceLevel serviceLevel(WorkingDays days, LocalDate today, int limit) {
		if (paidOn == null) {
			return new ServiceLevel(null, limit, false);
		}
		LocalDate end = decidedOn != null ? decidedOn : today;
		return new ServiceLevel(days.between(paidOn, end), limit, decidedOn == null);
	}

	/** The lab results, or null before the test. */
	public LabResults labResults() {
		return testedOn == null ? null : new LabResults(labStandard, shrinkagePercent, shrinkagePassed, washingGrade,
				washingPassed, rubbingGrade, rubbingPassed);
	}

	public Long id() {
		return id;
	}

	public long ikmId() {
		return ikmId;
	}

	public String ikmName() {
		return ikmName;
	}

	public String provinceCode() {
		return provinceCode;
	}

	public String brand() {
		return brand;
	}

	public String trademarkNumber() {
		return trademarkNumber;
	}

	public Technique technique() {
		return technique;
	}

	public String productDescription() {
		return productDescription;
	}

	public CertificationStatus status() {
		return status;
	}

	public LocalDate receivedOn() {
		return receivedOn;
	}

	public LocalDate fileCheckedOn() {
		return fileCheckedOn;
	}

	public LocalDate sampledOn() {
		return sampledOn;
	}

	public String samplingOfficer() {
		return samplingOfficer;
	}

	public String sampleCodes() {
		return sampleCodes;
	}

	public Long pnbpIdr() {
		return pnbpIdr;
	}

	public LocalDate billedOn() {
		return billedOn;
	}

	public LocalDate paidOn() {
		return paidOn;
	}

	public LocalDate testedOn() {
		return testedOn;
	}

	public LocalDate decidedOn() {
		return decidedOn;
	}

	public String decidedBy() {
		return decidedBy;
	}

	public String rejectionReason() {
		return rejectionReason;
	}

	public String certificateNumber() {
		return certificateNumber;
	}

	public String createdBy() {
		return createdBy;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}
}
