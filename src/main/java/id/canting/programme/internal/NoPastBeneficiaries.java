package id.canting.programme.internal;

import java.util.OptionalInt;

import org.springframework.stereotype.Component;

import id.canting.programme.PastBeneficiaries;
import id.canting.programme.ProgrammeType;

/**
 * Knows of no past beneficiary, because applications do not exist yet (issue 6, slice 1): the rule
 * "not a beneficiary of the same type within N years" is stored and shown but cannot fail until
 * the application workflow replaces this with approved, realised applications.
 */
@Component
class NoPastBeneficiaries implements PastBeneficiaries {

	@Override
	public OptionalInt lastBenefitOfIkm(long ikmId, ProgrammeType type) {
		return OptionalInt.empty();
	}

	@Override
	public OptionalInt lastBenefitOfSentra(long sentraId, ProgrammeType type) {
		return OptionalInt.empty();
	}
}
