package id.canting.programme;

import java.util.OptionalInt;

/**
 * Who benefited from earlier programmes, for the rule "not a beneficiary of the same type within N
 * years". Applications (and so beneficiaries) are not built yet: until they are, the only
 * implementation knows of no beneficiary, so the rule never fails. It is an interface so that the
 * application workflow can answer it without the catalogue changing.
 */
public interface PastBeneficiaries {

	/** The last programme year in which this IKM benefited from a programme of this type. */
	OptionalInt lastBenefitOfIkm(long ikmId, ProgrammeType type);

	/** The last programme year in which this sentra benefited from a programme of this type. */
	OptionalInt lastBenefitOfSentra(long sentraId, ProgrammeType type);
}
