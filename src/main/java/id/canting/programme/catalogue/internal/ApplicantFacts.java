package id.canting.programme.catalogue.internal;

import java.util.Set;

import id.canting.programme.catalogue.ProgrammeTarget;
import id.canting.readiness.ReadinessResult;
import id.canting.registry.IkmKind;
import id.canting.registry.SizeClass;
import id.canting.registry.Technique;

/**
 * What the eligibility rules look at about an applicant, read from the registry: an IKM, or a
 * sentra (for which the IKM fields are null or empty).
 *
 * @param applicant whether this is an IKM or a sentra
 * @param active whether the registry lists it as active
 * @param sentraId the sentra the IKM belongs to (the sentra itself for a sentra), or null
 * @param activeSentraMembers active members of that sentra, or null without a sentra
 * @param lastBenefitYear the last year it benefited from a programme of the same type, or null
 * @param readiness the IKM's latest verified Industry 4.0 readiness, or null when it has none (or
 *        when the programme has no readiness rule, which is then not read)
 */
public record ApplicantFacts(ProgrammeTarget applicant, boolean active, String provinceCode,
		Set<Technique> techniques, IkmKind kind, SizeClass sizeClass, boolean hasNib, Long sentraId,
		Integer activeSentraMembers, Integer lastBenefitYear, ReadinessResult readiness) {

	public ApplicantFacts {
		techniques = techniques == null ? Set.of() : Set.copyOf(techniques);
	}

	/** Facts without a readiness result. */
	public ApplicantFacts(ProgrammeTarget applicant, boolean active, String provinceCode, Set<Technique> techniques,
			IkmKind kind, SizeClass sizeClass, boolean hasNib, Long sentraId, Integer activeSentraMembers,
			Integer lastBenefitYear) {
		this(applicant, active, provinceCode, techniques, kind, sizeClass, hasNib, sentraId, activeSentraMembers,
				lastBenefitYear, null);
	}

	/** The same facts with this readiness result (null: none verified). */
	public ApplicantFacts withReadiness(ReadinessResult result) {
		return new ApplicantFacts(applicant, active, provinceCode, techniques, kind, sizeClass, hasNib, sentraId,
				activeSentraMembers, lastBenefitYear, result);
	}
}
