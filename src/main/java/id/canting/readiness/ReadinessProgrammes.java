package id.canting.readiness;

import java.time.LocalDate;
import java.util.List;

/**
 * The programmes open now that address a pillar, shown beside the recommended next steps of an IKM's
 * weakest pillar. Implemented by the programme catalogue (which depends on readiness for its
 * eligibility rules, so readiness must not depend on it); when no implementation is present (module
 * tests) readiness shows none.
 */
public interface ReadinessProgrammes {

	/** Published programmes whose window is open today and that address the pillar, soonest closing first. */
	List<OpenProgramme> openAddressing(Pillar pillar);

	/** A programme open for applications: its code (the programme page is {@code /programmes/{code}}). */
	record OpenProgramme(String code, String name, LocalDate closesOn) {
	}
}
