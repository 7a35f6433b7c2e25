package id.canting.readiness;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Aggregates of verified readiness results, for the industry dashboard, the statistics API and open
 * data: never a single IKM's answers. Province, technique and size class are those of the IKM when
 * its assessment was verified (kept with the assessment, so the history does not move when an IKM
 * moves). A null province means all provinces; a null year means the latest year with a verified
 * result.
 */
public interface ReadinessStatistics {

	/** Years with at least one verified result, ascending. */
	List<Integer> years();

	ReadinessSummary summary(String provinceCode, Integer year);

	/** Assessed IKM, average index and pillar averages per province, technique or size class. */
	List<PillarAverages> pillarAveragesBy(Dimension dimension, String provinceCode, Integer year);

	/** The change from the year before over the same IKM (verified in both years). */
	YearOnYear yearOnYear(String provinceCode, Integer year);

	enum Dimension {
		PROVINCE, TECHNIQUE, SIZE_CLASS
	}

	/**
	 * @param byLevel IKM per level of their overall index, every level present (zero when none)
	 * @param pillars average score per pillar, every pillar present (null when nobody was assessed)
	 */
	record ReadinessSummary(Integer year, String provinceCode, long assessed, BigDecimal averageIndex,
			Map<ReadinessLevel, Long> byLevel, Map<Pillar, BigDecimal> pillars) {
	}

	/** @param key the province code, the technique's name or the size class's name */
	record PillarAverages(String key, long assessed, BigDecimal averageIndex, Map<Pillar, BigDecimal> pillars) {
	}

	/**
	 * @param compared IKM verified in both years
	 * @param change averageIndex − previousAverageIndex over those IKM
	 */
	record YearOnYear(Integer year, Integer previousYear, long compared, BigDecimal previousAverageIndex,
			BigDecimal averageIndex, BigDecimal change, Map<Pillar, BigDecimal> pillarChanges) {
	}
}
