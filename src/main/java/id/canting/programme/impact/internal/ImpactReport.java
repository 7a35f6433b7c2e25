package id.canting.programme.impact.internal;

import java.time.Instant;
import java.util.List;

import id.canting.programme.catalogue.ProgrammeType;

/**
 * What a programme achieved: its beneficiaries' indicators before and after, overall and by province,
 * and who still lacks a follow-up. Before and after are compared over the same beneficiaries, those
 * measured both times.
 *
 * @param scopeProvinceCode null for the whole programme; an officer's report covers their province only
 * @param scopeName the province's name, or null for the whole programme
 * @param provinces one row per province with beneficiaries, by province code
 * @param lackingFollowUp the beneficiaries without a follow-up, to be measured
 * @param asOf when the figures were read
 */
public record ImpactReport(String programmeCode, String programmeName, ProgrammeType programmeType, int programmeYear,
		String scopeProvinceCode, String scopeName, ImpactFigures overall, List<ProvinceImpact> provinces,
		List<Unmeasured> lackingFollowUp, Instant asOf) {

	/** The impact over one province's beneficiaries. */
	public record ProvinceImpact(String provinceCode, String provinceName, ImpactFigures figures) {
	}

	/** A beneficiary still without a follow-up, and whether its baseline is there. */
	public record Unmeasured(long applicationId, String beneficiaryName, String provinceCode, String provinceName,
			boolean baselineRecorded) {
	}
}
