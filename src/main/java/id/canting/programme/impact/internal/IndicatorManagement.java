package id.canting.programme.impact.internal;

import id.canting.shared.CodeLabel;
import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.programme.IndicatorPhase;
import id.canting.programme.IndicatorsRecorded;
import id.canting.programme.application.Application;
import id.canting.programme.application.ApplicationId;
import id.canting.programme.application.ApplicationManagement;
import id.canting.programme.catalogue.Programme;
import id.canting.programme.catalogue.ProgrammeManagement;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.InvalidInputException;

/**
 * Baseline and follow-up indicators of beneficiaries (applications approved, realised or closed):
 * workers, production capacity, annual sales, natural-dye share, Batikmark and the INDI 4.0 score. The
 * officer of the beneficiary's province or ministry staff record them; everyone who may see the
 * application reads them. Each recording is checked by {@link IndicatorRules}, guarded by
 * {@link BeneficiaryIndicators} and published as {@link IndicatorsRecorded}, which the audit trail
 * records in the same transaction. A refused recording changes nothing.
 */
@Service
@Transactional
public class IndicatorManagement {

	private final ApplicationManagement applications;
	private final ProgrammeManagement programmes;
	private final BeneficiaryIndicatorsRepository indicators;
	private final Clock clock;

	IndicatorManagement(ApplicationManagement applications, ProgrammeManagement programmes,
			BeneficiaryIndicatorsRepository indicators, Clock clock) {
		this.applications = applications;
		this.programmes = programmes;
		this.indicators = indicators;
		this.clock = clock;
	}

	/**
	 * Records the baseline or the follow-up of a beneficiary, replacing an earlier one of the same phase.
	 *
	 * @param expectedVersion the version the client read, or null to replace whatever is there
	 * @throws InvalidInputException naming each broken field rule (also a follow-up before its baseline)
	 * @throws IndicatorRefusedException when the application is no beneficiary, or a follow-up has no baseline
	 * @throws ConflictException when {@code expectedVersion} is stale
	 */
	public ApplicationIndicators record(Actor actor, ApplicationId applicationId, IndicatorPhase phase, IndicatorInput input,
			Integer expectedVersion) {
		Application application = recordable(actor, applicationId.value());
		// the input's own rules first (400), then whether it is a beneficiary (422): a well-formed request
		// is refused with the rule
		IndicatorMeasurement measurement = IndicatorRules.check(input, programmes.today());
		requireBeneficiary(application);
		BeneficiaryIndicators current = indicators.findByApplication(applicationId.value())
			.orElseGet(() -> BeneficiaryIndicators.none(application, clock.instant()));
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw new ConflictException("problem.stale-version");
		}
		boolean recorded = current.record(phase, measurement, actor.username(), clock.instant());
		return view(actor, application, recorded ? indicators.save(current) : current);
	}

	/**
	 * A beneficiary's indicators for someone about to record them (a form): refused as {@link #record}
	 * would refuse, but for the measurement itself.
	 */
	@Transactional(readOnly = true)
	public ApplicationIndicators forRecording(Actor actor, ApplicationId applicationId) {
		Application application = recordable(actor, applicationId.value());
		requireBeneficiary(application);
		return view(actor, application, indicators.findByApplication(applicationId.value()).orElse(null));
	}

	/** A beneficiary's indicators, for those who may see the application (404 for everyone else). */
	@Transactional(readOnly = true)
	public ApplicationIndicators indicators(Actor actor, ApplicationId applicationId) {
		Application application = applications.application(actor, applicationId);
		return view(actor, application, indicators.findByApplication(applicationId.value()).orElse(null));
	}

	/** The application, when the actor's role records indicators (403), sees it (404) and records its province's (403). */
	private Application recordable(Actor actor, long applicationId) {
		IndicatorAccess.requireRecordingRole(actor);
		Application application = applications.application(actor, new ApplicationId(applicationId));
		IndicatorAccess.requireRecorder(actor, application);
		return application;
	}

	private static void requireBeneficiary(Application application) {
		if (!application.status().isBenefit()) {
			throw new IndicatorRefusedException("programme.indicator.not-beneficiary", CodeLabel.of("programme.application.status.", application.status()));
		}
	}

	private ApplicationIndicators view(Actor actor, Application application, BeneficiaryIndicators recorded) {
		Programme programme = applications.programmeOf(application);
		return new ApplicationIndicators(application.id().value(), programme.code(), programme.name(),
				application.applicantName(), application.provinceCode(), application.status(),
				application.status().isBenefit(), recorded(recorded, IndicatorPhase.BASELINE),
				recorded(recorded, IndicatorPhase.FOLLOW_UP), recorded == null ? 0 : recorded.version(),
				application.status().isBenefit() && IndicatorAccess.mayRecord(actor, application));
	}

	private static ApplicationIndicators.Recorded recorded(BeneficiaryIndicators recorded, IndicatorPhase phase) {
		return recorded == null ? null
				: recorded.measurement(phase)
					.map(m -> new ApplicationIndicators.Recorded(m, recorded.recordedBy(phase), recorded.recordedAt(phase)))
					.orElse(null);
	}
}
