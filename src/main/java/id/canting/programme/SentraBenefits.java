package id.canting.programme;

import java.time.LocalDate;
import java.util.List;

/**
 * What the programmes gave sentra: the applications to a sentra that became benefits (approved,
 * realised or closed), for sentra development to list them beside its revitalisation projects. An
 * interface at the programme root because the applications live in the application room, which no
 * other top-level module may reach into; {@code programme.application} implements it. Not scoped to a
 * person: the caller has already decided who may see it.
 */
public interface SentraBenefits {

	/** The sentra's benefits, latest approved first. */
	List<SentraBenefit> of(long sentraId);

	/** Every sentra's benefits, by sentra then latest first (demo data, rankings). */
	List<SentraBenefit> all();

	/**
	 * One application to a sentra that became a benefit. {@code programmeType} is the name of the
	 * catalogue's {@code ProgrammeType} (EQUIPMENT_FACILITATION, SENTRA_REVITALISATION, …), {@code status}
	 * that of the application room's {@code ApplicationStatus}; amounts in rupiah, null when not yet known.
	 */
	record SentraBenefit(long applicationId, long sentraId, String programmeCode, String programmeName,
			String programmeType, int programmeYear, String status, Long approvedIdr, Long realisedIdr,
			LocalDate realisedOn) {
	}
}
