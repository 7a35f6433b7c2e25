package id.canting.programme.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import id.canting.programme.ApplicationApproved;
import id.canting.programme.ApplicationClosed;
import id.canting.programme.ApplicationDrafted;
import id.canting.programme.ApplicationRealised;
import id.canting.programme.ApplicationReturned;
import id.canting.programme.ApplicationRejected;
import id.canting.programme.ApplicationSubmitted;
import id.canting.programme.ApplicationUpdated;
import id.canting.programme.ApplicationVerified;
import id.canting.programme.ApplicationWithdrawn;
import id.canting.programme.ProgrammeId;
import id.canting.programme.application.internal.Applicant;
import id.canting.programme.application.internal.ApplicationTransitionException;
import id.canting.programme.application.internal.ChecklistIncompleteException;
import id.canting.programme.application.internal.Realisation;
import id.canting.programme.application.internal.RealisationRefusedException;
import id.canting.programme.catalogue.ProgrammeTarget;
import id.canting.shared.FieldChange;

/**
 * An IKM's or a sentra's application to a programme. It guards its own workflow: DRAFT →
 * SUBMITTED → VERIFIED (provincial officer, checklist) → APPROVED or REJECTED (ministry, with a
 * reason; a submitted application may also be rejected) → REALISED (delivered or paid) → CLOSED;
 * WITHDRAWN by the applicant before a decision. A submitted or verified application may be RETURNED
 * to the applicant for correction, with a reason; the applicant edits it and submits it again, and it
 * is verified afresh. Each step checks the status it starts from (409
 * otherwise) and registers its event. Whether the quota and budget allow an approval is decided by
 * the facade, under the programme's row lock; the aggregate records the approved amount and freezes
 * the beneficiary's data.
 */
@Table("programme_application")
public class Application extends AbstractAggregateRoot<Application> {

	private @Id Long id;
	private Long programmeId;
	private ProgrammeTarget applicantType;
	private Long ikmId;
	private Long sentraId;
	private String provinceCode;
	private String applicantName;
	private String proposal;
	private long requestedIdr;
	private ApplicationStatus status;
	private Boolean checkIdentity;
	private Boolean checkDocuments;
	private Boolean checkEligibility;
	private Boolean checkSite;
	private String verificationNote;
	private String verifiedBy;
	private Instant verifiedAt;
	private Long approvedIdr;
	private String rejectionReason;
	private String returnReason;
	private String returnedBy;
	private Instant returnedAt;
	private String decidedBy;
	private Instant decidedAt;
	private String beneficiaryName;
	private String beneficiaryNib;
	private String beneficiaryRegency;
	private String beneficiaryKind;
	private String beneficiarySizeClass;
	private Integer beneficiaryWorkers;
	private Integer beneficiaryWomenWorkers;
	private String beneficiaryOwnerGender;
	private LocalDate realisedOn;
	private Long realisedIdr;
	private String realisationNote;
	private Instant submittedAt;
	private Instant closedAt;
	private String createdBy;
	private Instant createdAt;
	private Instant updatedAt;
	private @Version Integer version;

	Application() {
		// for Spring Data JDBC
	}

	/** A new draft; the facade publishes {@link ApplicationDrafted} once the database gave it an id. */
	static Application draft(ProgrammeId programme, Applicant applicant, String proposal, long requestedIdr, String by,
			Instant now) {
		Application application = new Application();
		application.programmeId = programme.value();
		application.applicantType = applicant.type();
		application.ikmId = applicant.ikmId();
		application.sentraId = applicant.sentraId();
		application.provinceCode = applicant.provinceCode();
		application.applicantName = applicant.name();
		application.proposal = proposal;
		application.requestedIdr = requestedIdr;
		application.status = ApplicationStatus.DRAFT;
		application.createdBy = by;
		application.createdAt = now;
		application.updatedAt = now;
		return application;
	}

	/** Changes what a draft (or an application returned for correction) asks for; returns what changed. */
	public List<FieldChange> update(String newProposal, long newRequestedIdr, String by, Instant now) {
		requireEditable("update");
		List<FieldChange> changes = new ArrayList<>();
		if (!Objects.equals(proposal, newProposal)) {
			changes.add(new FieldChange("proposal", proposal, newProposal));
		}
		if (requestedIdr != newRequestedIdr) {
			changes.add(new FieldChange("requestedIdr", Long.toString(requestedIdr), Long.toString(newRequestedIdr)));
		}
		if (!changes.isEmpty()) {
			proposal = newProposal;
			requestedIdr = newRequestedIdr;
			updatedAt = now;
			registerEvent(new ApplicationUpdated(id, programmeId, provinceCode, changes, by));
		}
		return changes;
	}

	/** Sends a draft, or a corrected application, to the provincial office. */
	void submit(String by, Instant now) {
		requireEditable("submit");
		status = ApplicationStatus.SUBMITTED;
		submittedAt = now;
		updatedAt = now;
		registerEvent(new ApplicationSubmitted(id, programmeId, provinceCode, by));
	}

	/** The officer confirms the whole checklist; an incomplete checklist is refused with the items missing. */
	void verify(VerificationChecklist checklist, String by, Instant now) {
		require(ApplicationStatus.SUBMITTED, "verify");
		List<String> missing = checklist.unconfirmed();
		if (!missing.isEmpty()) {
			throw new ChecklistIncompleteException(missing);
		}
		checkIdentity = true;
		checkDocuments = true;
		checkEligibility = true;
		checkSite = true;
		verificationNote = checklist.note();
		verifiedBy = by;
		verifiedAt = now;
		status = ApplicationStatus.VERIFIED;
		updatedAt = now;
		registerEvent(new ApplicationVerified(id, programmeId, provinceCode, checklist.note(), by));
	}

	/** The ministry approves a verified application for this amount, freezing the beneficiary as it is now. */
	void approve(long amountIdr, Beneficiary beneficiary, String by, Instant now) {
		require(ApplicationStatus.VERIFIED, "approve");
		approvedIdr = amountIdr;
		beneficiaryName = beneficiary.name();
		beneficiaryNib = beneficiary.nib();
		beneficiaryRegency = beneficiary.regencyCode();
		beneficiaryKind = beneficiary.kind();
		beneficiarySizeClass = beneficiary.sizeClass();
		beneficiaryWorkers = beneficiary.workers();
		beneficiaryWomenWorkers = beneficiary.womenWorkers();
		beneficiaryOwnerGender = beneficiary.ownerGender();
		decide(ApplicationStatus.APPROVED, by, now);
		registerEvent(new ApplicationApproved(id, programmeId, provinceCode, ikmId, sentraId, amountIdr, by));
	}

	/** The ministry refuses a submitted or verified application, saying why. */
	void reject(String reason, String by, Instant now) {
		if (status != ApplicationStatus.SUBMITTED && status != ApplicationStatus.VERIFIED) {
			throw new ApplicationTransitionException("reject", status);
		}
		rejectionReason = reason;
		decide(ApplicationStatus.REJECTED, by, now);
		registerEvent(new ApplicationRejected(id, programmeId, provinceCode, reason, by));
	}

	/**
	 * Sends a submitted or verified application back to the applicant to correct, saying what. A
	 * verification no longer holds for the corrected application, so the checklist is cleared.
	 */
	void returnForCorrection(String reason, String by, Instant now) {
		if (!status.isReturnable()) {
			throw new ApplicationTransitionException("return", status);
		}
		returnReason = reason;
		returnedBy = by;
		returnedAt = now;
		checkIdentity = null;
		checkDocuments = null;
		checkEligibility = null;
		checkSite = null;
		verificationNote = null;
		verifiedBy = null;
		verifiedAt = null;
		status = ApplicationStatus.RETURNED;
		updatedAt = now;
		registerEvent(new ApplicationReturned(id, programmeId, provinceCode, reason, by));
	}

	/** Records the delivery or payment of an approved application; never more than was approved. */
	void realise(Realisation realisation, String by, Instant now) {
		require(ApplicationStatus.APPROVED, "realise");
		if (realisation.amountIdr() > approvedIdr) {
			throw new RealisationRefusedException("programme.application.realise.over-approved", approvedIdr);
		}
		realisedOn = realisation.realisedOn();
		realisedIdr = realisation.amountIdr();
		realisationNote = realisation.note();
		status = ApplicationStatus.REALISED;
		updatedAt = now;
		registerEvent(new ApplicationRealised(id, programmeId, provinceCode, realisedOn, realisedIdr, by));
	}

	/** Finishes a realised application. */
	void close(String by, Instant now) {
		require(ApplicationStatus.REALISED, "close");
		status = ApplicationStatus.CLOSED;
		closedAt = now;
		updatedAt = now;
		registerEvent(new ApplicationClosed(id, programmeId, provinceCode, by));
	}

	/** The applicant takes the application back; only before a decision. */
	void withdraw(String by, Instant now) {
		if (!status.isWithdrawable()) {
			throw new ApplicationTransitionException("withdraw", status);
		}
		status = ApplicationStatus.WITHDRAWN;
		updatedAt = now;
		registerEvent(new ApplicationWithdrawn(id, programmeId, provinceCode, by));
	}

	private void decide(ApplicationStatus decision, String by, Instant now) {
		status = decision;
		decidedBy = by;
		decidedAt = now;
		updatedAt = now;
	}

	private void requireEditable(String action) {
		if (!status.isEditable()) {
			throw new ApplicationTransitionException(action, status);
		}
	}

	private void require(ApplicationStatus required, String action) {
		if (status != required) {
			throw new ApplicationTransitionException(action, status);
		}
	}

	public ApplicationId id() {
		return id == null ? null : new ApplicationId(id);
	}

	public ProgrammeId programmeId() {
		return new ProgrammeId(programmeId);
	}

	public ProgrammeTarget applicantType() {
		return applicantType;
	}

	/** The IKM applying, or null for a sentra. */
	public Long ikmId() {
		return ikmId;
	}

	/** The sentra applying, or null for an IKM. */
	public Long sentraId() {
		return sentraId;
	}

	public String provinceCode() {
		return provinceCode;
	}

	public String applicantName() {
		return applicantName;
	}

	public String proposal() {
		return proposal;
	}

	public long requestedIdr() {
		return requestedIdr;
	}

	public ApplicationStatus status() {
		return status;
	}

	/** The checklist as the officer confirmed it, or null before verification. */
	public VerificationChecklist checklist() {
		return verifiedAt == null ? null
				: new VerificationChecklist(Boolean.TRUE.equals(checkIdentity), Boolean.TRUE.equals(checkDocuments),
						Boolean.TRUE.equals(checkEligibility), Boolean.TRUE.equals(checkSite), verificationNote);
	}

	public String verifiedBy() {
		return verifiedBy;
	}

	public Instant verifiedAt() {
		return verifiedAt;
	}

	/** The amount committed from the budget, or null before approval. */
	public Long approvedIdr() {
		return approvedIdr;
	}

	public String rejectionReason() {
		return rejectionReason;
	}

	/** Why it was last returned for correction, or null if it never was. */
	public String returnReason() {
		return returnReason;
	}

	public String returnedBy() {
		return returnedBy;
	}

	public Instant returnedAt() {
		return returnedAt;
	}

	public String decidedBy() {
		return decidedBy;
	}

	public Instant decidedAt() {
		return decidedAt;
	}

	/** The beneficiary frozen at approval, or null before it. */
	public Beneficiary beneficiary() {
		return beneficiaryName == null ? null
				: new Beneficiary(beneficiaryName, beneficiaryNib, beneficiaryRegency, beneficiaryKind,
						beneficiarySizeClass, beneficiaryWorkers, beneficiaryWomenWorkers, beneficiaryOwnerGender);
	}

	/** The delivery or payment, or null before it. */
	public Realisation realisation() {
		return realisedOn == null ? null : new Realisation(realisedOn, realisedIdr, realisationNote);
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	public Instant closedAt() {
		return closedAt;
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

	public int version() {
		return version == null ? 0 : version;
	}
}
