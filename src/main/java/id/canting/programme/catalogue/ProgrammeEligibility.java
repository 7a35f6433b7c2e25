package id.canting.programme.catalogue;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.programme.catalogue.internal.ApplicantFacts;
import id.canting.programme.catalogue.internal.Eligibility;
import id.canting.programme.catalogue.internal.PastBeneficiaries;
import id.canting.readiness.ReadinessResults;
import id.canting.registry.Ikm;
import id.canting.registry.IkmDetails;
import id.canting.registry.IkmId;
import id.canting.registry.IkmManagement;
import id.canting.registry.RecordStatus;
import id.canting.registry.Sentra;
import id.canting.registry.SentraId;
import id.canting.registry.SentraManagement;
import id.canting.registry.SentraQueries;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;

/**
 * Checks an IKM or a sentra against a programme's eligibility rules, reading the facts through the
 * registry's API. An IKM may be checked by its owner, an officer of its province or an admin (those
 * who may read its record); a sentra by an officer of its province or an admin. An IKM's readiness
 * is its latest verified result, read through the readiness module's {@link ReadinessResults}.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeEligibility {

	private final ProgrammeManagement programmes;
	private final IkmManagement ikms;
	private final SentraManagement sentras;
	private final SentraQueries sentraQueries;
	private final PastBeneficiaries past;
	private final ObjectProvider<ReadinessResults> readiness;

	/**
	 * The readiness results come from the readiness module; where it is not started (module tests of
	 * the catalogue) no IKM has a verified result, so a programme with a readiness rule finds none.
	 */
	ProgrammeEligibility(ProgrammeManagement programmes, IkmManagement ikms, SentraManagement sentras,
			SentraQueries sentraQueries, PastBeneficiaries past, ObjectProvider<ReadinessResults> readiness) {
		this.programmes = programmes;
		this.ikms = ikms;
		this.sentras = sentras;
		this.sentraQueries = sentraQueries;
		this.past = past;
		this.readiness = readiness;
	}

	/** Every rule of the programme this IKM fails; empty when it is eligible. */
	public List<EligibilityReason> ofIkm(Actor actor, String code, IkmId ikmId) {
		return check(programmes.programme(actor, code), ikms.ikm(actor, ikmId));
	}

	/** Every rule of the programme this IKM fails, for an IKM the caller already read. */
	public List<EligibilityReason> check(Programme programme, Ikm ikm) {
		long ikmId = ikm.id().value();
		IkmDetails d = ikm.details();
		Integer members = d.sentraId() == null ? null : sentraQueries.activeMembers(new SentraId(d.sentraId()));
		Integer last = boxed(past.lastBenefitOfIkm(new IkmId(ikmId), programme.type()));
		ApplicantFacts facts = new ApplicantFacts(ProgrammeTarget.IKM, ikm.status() == RecordStatus.ACTIVE,
				ikm.provinceCode(), d.techniques(), d.kind(), ikm.sizeClass(), d.nib() != null && !d.nib().isBlank(),
				d.sentraId(), members, last);
		if (!programme.rules().readiness().isEmpty()) {
			// read only when a rule asks for it
			ReadinessResults results = readiness.getIfAvailable();
			facts = facts.withReadiness(results == null ? null : results.latestVerified(ikm.id()).orElse(null));
		}
		return Eligibility.check(programme.details(), facts);
	}

	/** Every rule of the programme this sentra fails; empty when it is eligible. */
	public List<EligibilityReason> ofSentra(Actor actor, String code, SentraId sentraId) {
		Programme programme = programmes.programme(actor, code);
		Sentra sentra = sentras.sentra(sentraId);
		if (!(actor.isAdmin() || actor.isOfficerOf(sentra.provinceCode()))) {
			throw new ForbiddenException("programme.forbidden.sentra");
		}
		return check(programme, sentra);
	}

	/** Every rule of the programme this sentra fails, for a sentra the caller may act for. */
	public List<EligibilityReason> check(Programme programme, Sentra sentra) {
		long sentraId = sentra.id().value();
		Integer last = boxed(past.lastBenefitOfSentra(new SentraId(sentraId), programme.type()));
		ApplicantFacts facts = new ApplicantFacts(ProgrammeTarget.SENTRA, sentra.status() == RecordStatus.ACTIVE,
				sentra.provinceCode(), null, null, null, false, sentraId,
				sentraQueries.activeMembers(new SentraId(sentraId)), last);
		return Eligibility.check(programme.details(), facts);
	}

	private static Integer boxed(java.util.OptionalInt value) {
		return value.isPresent() ? value.getAsInt() : null;
	}
}
