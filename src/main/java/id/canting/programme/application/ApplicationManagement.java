package id.canting.programme.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.programme.ApplicationDrafted;
import id.canting.programme.ProgrammeId;
import id.canting.programme.application.internal.Applicant;
import id.canting.programme.application.internal.ApplicationAccess;
import id.canting.programme.application.internal.ApplicationNotFoundException;
import id.canting.programme.application.internal.ApplicationRepository;
import id.canting.programme.application.internal.ApplicationRules;
import id.canting.programme.application.internal.ApplicationTransitionException;
import id.canting.programme.application.internal.ApplicationWindowException;
import id.canting.programme.application.internal.ApprovalCondition;
import id.canting.programme.application.internal.DuplicateApplicationException;
import id.canting.programme.application.internal.Realisation;
import id.canting.programme.catalogue.EligibilityReason;
import id.canting.programme.catalogue.NotEligibleException;
import id.canting.programme.catalogue.Programme;
import id.canting.programme.catalogue.ProgrammeCommitments;
import id.canting.programme.catalogue.ProgrammeDetails;
import id.canting.programme.catalogue.ProgrammeEligibility;
import id.canting.programme.catalogue.ProgrammeManagement;
import id.canting.programme.catalogue.ProgrammeRepository;
import id.canting.programme.catalogue.ProgrammeTarget;
import id.canting.programme.catalogue.internal.BudgetExceededException;
import id.canting.programme.catalogue.internal.QuotaExceededException;
import id.canting.registry.Gender;
import id.canting.registry.Ikm;
import id.canting.registry.IkmDetails;
import id.canting.registry.IkmId;
import id.canting.registry.IkmManagement;
import id.canting.registry.Sentra;
import id.canting.registry.SentraId;
import id.canting.registry.SentraManagement;
import id.canting.registry.SentraQueries;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * Applications to programmes, from the applicant's draft to the ministry's closing. Each method is
 * one step in one transaction: it checks who may take it ({@link ApplicationAccess}), the programme's
 * window and eligibility rules where they apply, and lets the {@link Application} guard its own
 * transition; its event is recorded by the audit trail in the same transaction. A refused step changes
 * nothing.
 */
@Service
@Transactional
public class ApplicationManagement {

	private final ProgrammeManagement programmes;
	private final ProgrammeRepository programmeRepository;
	private final ApplicationRepository applications;
	private final ProgrammeEligibility eligibility;
	private final ProgrammeCommitments commitments;
	private final ObjectProvider<ApprovalCondition> approvalConditions;
	private final IkmManagement ikms;
	private final SentraManagement sentras;
	private final SentraQueries sentraQueries;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ApplicationManagement(ProgrammeManagement programmes, ProgrammeRepository programmeRepository,
			ApplicationRepository applications, ProgrammeEligibility eligibility, ProgrammeCommitments commitments,
			ObjectProvider<ApprovalCondition> approvalConditions, IkmManagement ikms, SentraManagement sentras,
			SentraQueries sentraQueries, ApplicationEventPublisher events, Clock clock) {
		this.programmes = programmes;
		this.programmeRepository = programmeRepository;
		this.applications = applications;
		this.eligibility = eligibility;
		this.commitments = commitments;
		this.approvalConditions = approvalConditions;
		this.ikms = ikms;
		this.sentras = sentras;
		this.sentraQueries = sentraQueries;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Begins an application of an IKM (IKM programmes) or a sentra (sentra programmes), as a draft or
	 * submitted at once.
	 *
	 * @throws ApplicationWindowException outside the call's window
	 * @throws NotEligibleException listing every rule the applicant fails
	 * @throws DuplicateApplicationException when the applicant already applied to this programme
	 */
	public Application apply(Actor actor, String programmeCode, ApplicationInput input) {
		Programme programme = programmes.programme(actor, programmeCode);
		ApplicationRules.checkApplication(input.proposal(), input.requestedIdr());
		requireOpen(programme);
		Applicant applicant = applicantOf(actor, programme, input);
		ApplicationAccess.requireApplicant(actor, applicant);
		existing(programme, applicant).ifPresent(id -> {
			throw new DuplicateApplicationException(id);
		});
		requireEligible(programme, applicant);
		Application application = applications.save(Application.draft(programme.id(), applicant,
				input.proposal().strip(), input.requestedIdr(), actor.username(), clock.instant()));
		events.publishEvent(new ApplicationDrafted(application.id().value(), programme.id().value(),
				applicant.provinceCode(), applicant.type().name(), applicant.ikmId(), applicant.sentraId(),
				applicant.name(), actor.username()));
		if (input.submit()) {
			application.submit(actor.username(), clock.instant());
			application = applications.save(application);
		}
		return application;
	}

	/** Changes the proposal and amount of a draft, or of an application returned for correction. */
	public Application update(Actor actor, ApplicationId id, int expectedVersion, String proposal, Long requestedIdr) {
		Application application = visible(actor, id);
		ApplicationAccess.requireApplicant(actor, application);
		requireVersion(application, expectedVersion);
		ApplicationRules.checkApplication(proposal, requestedIdr);
		application.update(proposal.strip(), requestedIdr, actor.username(), clock.instant());
		return applications.save(application);
	}

	/**
	 * Sends a draft (or a corrected application) to the provincial office, while the call is open and
	 * the applicant still eligible.
	 */
	public Application submit(Actor actor, ApplicationId id) {
		Application application = visible(actor, id);
		ApplicationAccess.requireApplicant(actor, application);
		Programme programme = programmeOf(application);
		requireOpen(programme);
		requireEligible(programme, applicantOf(application));
		application.submit(actor.username(), clock.instant());
		return applications.save(application);
	}

	/** The applicant takes the application back before a decision. */
	public Application withdraw(Actor actor, ApplicationId id) {
		Application application = visible(actor, id);
		ApplicationAccess.requireApplicant(actor, application);
		application.withdraw(actor.username(), clock.instant());
		return applications.save(application);
	}

	/** The officer of the applicant's province confirms the checklist. */
	public Application verify(Actor actor, ApplicationId id, VerificationChecklist checklist) {
		Application application = visible(actor, id);
		ApplicationAccess.requireVerifier(actor, application);
		ApplicationRules.checkNote(checklist.note());
		application.verify(new VerificationChecklist(checklist.identity(), checklist.documents(),
				checklist.eligibility(), checklist.site(), ApplicationRules.stripped(checklist.note())),
				actor.username(), clock.instant());
		return applications.save(application);
	}

	/**
	 * Sends a submitted or verified application back to the applicant for correction, with the reason
	 * the applicant will read: the officer of the province while it waits for verification, ministry
	 * staff (who decide) once it is verified.
	 */
	public Application returnForCorrection(Actor actor, ApplicationId id, String reason) {
		Application application = visible(actor, id);
		ApplicationAccess.requireReturner(actor, application);
		ApplicationRules.checkReason(reason);
		application.returnForCorrection(reason.strip(), actor.username(), clock.instant());
		return applications.save(application);
	}

	/**
	 * Approves a verified application for an amount (the requested amount when none is given),
	 * taking one place of the quota and the amount from the budget, and freezing the beneficiary.
	 *
	 * @throws QuotaExceededException when every place is taken
	 * @throws BudgetExceededException when the amount is more than the budget left
	 */
	public Application approve(Actor actor, ApplicationId id, Long amountIdr) {
		ApplicationAccess.requireDecider(actor);
		Application application = visible(actor, id);
		long amount = amountIdr == null ? application.requestedIdr() : amountIdr;
		ApplicationRules.checkApprovedAmount(amount);
		Programme programme = programmeOf(application);
		if (application.status() != ApplicationStatus.VERIFIED) {
			throw new ApplicationTransitionException("approve", application.status());
		}
		approvalConditions.orderedStream().forEach(condition -> condition.check(programme, application, amount));
		commitments.commit(programme.id(), amount);
		application.approve(amount, beneficiaryOf(application), actor.username(), clock.instant());
		return applications.save(application);
	}

	/** Refuses a submitted or verified application, with the reason the applicant will read. */
	public Application reject(Actor actor, ApplicationId id, String reason) {
		ApplicationAccess.requireDecider(actor);
		Application application = visible(actor, id);
		ApplicationRules.checkReason(reason);
		application.reject(reason.strip(), actor.username(), clock.instant());
		return applications.save(application);
	}

	/** Records what was delivered or paid to an approved applicant. */
	public Application realise(Actor actor, ApplicationId id, LocalDate realisedOn, Long amountIdr, String note) {
		ApplicationAccess.requireDecider(actor);
		Application application = visible(actor, id);
		LocalDate approvedOn = application.decidedAt() == null ? null
				: application.decidedAt().atZone(ProgrammeManagement.WIB).toLocalDate();
		ApplicationRules.checkRealisation(realisedOn, amountIdr, note, approvedOn, programmes.today());
		application.realise(new Realisation(realisedOn, amountIdr, ApplicationRules.stripped(note)),
				actor.username(), clock.instant());
		return applications.save(application);
	}

	/** Closes a realised application. */
	public Application close(Actor actor, ApplicationId id) {
		ApplicationAccess.requireDecider(actor);
		Application application = visible(actor, id);
		application.close(actor.username(), clock.instant());
		return applications.save(application);
	}

	/** One application, for those who may see it. */
	@Transactional(readOnly = true)
	public Application application(Actor actor, ApplicationId id) {
		return visible(actor, id);
	}

	/**
	 * The applications an owner's businesses already have to this programme (one each at most), so
	 * the programme page can offer "continue" or "view" instead of an application that would be
	 * refused. Empty for everyone else: officers and the ministry apply on behalf of many.
	 */
	@Transactional(readOnly = true)
	public List<Application> ownApplications(Actor actor, ProgrammeId programme) {
		if (actor.ikmIds().isEmpty()) {
			return List.of();
		}
		return applications.findByProgrammeAndIkms(programme.value(), actor.ikmIds()).stream()
			.filter(a -> ApplicationAccess.maySee(actor, a))
			.toList();
	}

	/** The programme an application belongs to. */
	@Transactional(readOnly = true)
	public Programme programmeOf(Application application) {
		return programmeRepository.findById(application.programmeId().value())
			.orElseThrow(() -> new ApplicationNotFoundException(application.id().value()));
	}

	public Application visible(Actor actor, ApplicationId id) {
		Application application = applications.findById(id.value()).orElseThrow(() -> new ApplicationNotFoundException(id.value()));
		if (!ApplicationAccess.maySee(actor, application)) {
			throw new ApplicationNotFoundException(id.value());
		}
		return application;
	}

	private void requireOpen(Programme programme) {
		if (!programme.isOpenOn(programmes.today())) {
			ProgrammeDetails d = programme.details();
			throw new ApplicationWindowException(programme.code(), d.opensOn(), d.closesOn());
		}
	}

	private void requireVersion(Application application, int expectedVersion) {
		if (application.version() != expectedVersion) {
			throw new ConflictException("problem.stale-version");
		}
	}

	private void requireEligible(Programme programme, Applicant applicant) {
		List<EligibilityReason> reasons = applicant.type() == ProgrammeTarget.IKM
				? eligibility.check(programme, ikms.ikm(Actor.SYSTEM, new IkmId(applicant.ikmId())))
				: eligibility.check(programme, sentras.sentra(new SentraId(applicant.sentraId())));
		if (!reasons.isEmpty()) {
			throw new NotEligibleException(reasons);
		}
	}

	private java.util.Optional<Long> existing(Programme programme, Applicant applicant) {
		long programmeId = programme.id().value();
		return applicant.type() == ProgrammeTarget.IKM ? applications.findIdByIkm(programmeId, applicant.ikmId())
				: applications.findIdBySentra(programmeId, applicant.sentraId());
	}

	/** Reads the applicant the input names from the registry; the programme's target decides which. */
	private Applicant applicantOf(Actor actor, Programme programme, ApplicationInput input) {
		if (programme.target() == ProgrammeTarget.IKM) {
			if (input.ikmId() == null) {
				throw new InvalidInputException(List.of(FieldViolation.of("ikmId", "validation.required")));
			}
			Ikm ikm = ikms.ikm(actor, new IkmId(input.ikmId()));
			return Applicant.ikm(input.ikmId(), ikm.provinceCode(), ikm.name());
		}
		if (input.sentraId() == null) {
			throw new InvalidInputException(List.of(FieldViolation.of("sentraId", "validation.required")));
		}
		Sentra sentra = sentras.sentra(new SentraId(input.sentraId()));
		return Applicant.sentra(input.sentraId(), sentra.provinceCode(), sentra.name());
	}

	private static Applicant applicantOf(Application a) {
		return new Applicant(a.applicantType(), a.ikmId(), a.sentraId(), a.provinceCode(), a.applicantName());
	}

	/** The applicant as the registry holds it now, to be frozen in the approved application. */
	private Beneficiary beneficiaryOf(Application application) {
		if (application.ikmId() != null) {
			Ikm ikm = ikms.ikm(Actor.SYSTEM, new IkmId(application.ikmId()));
			IkmDetails d = ikm.details();
			return new Beneficiary(ikm.name(), d.nib(), d.regencyCode(), d.kind().name(), ikm.sizeClass().name(),
					d.workers(), d.workersFemale(), d.ownerGender() == Gender.FEMALE ? "F" : "M");
		}
		Sentra sentra = sentras.sentra(new SentraId(application.sentraId()));
		return new Beneficiary(sentra.name(), null, sentra.regencyCode(), "SENTRA", null,
				sentraQueries.activeMembers(new SentraId(application.sentraId())), null, null);
	}
}
