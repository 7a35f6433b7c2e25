package id.canting.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.canting.readiness.Pillar;
import id.canting.readiness.ReadinessLevel;
import id.canting.readiness.ReadinessStatistics;

/**
 * Industry 4.0 readiness (INDI 4.0-style, 0–4) of the IKM in one scope (the country or a province)
 * and one year, from verified assessments only: how many were assessed, their average overall index,
 * how many stand at each level (the whole part of their index), the average of each pillar, the same
 * by province, technique (an IKM counts under each of its techniques) and size class, and the change
 * from the year before over the IKM verified in both years. Aggregates only: never one IKM's answers.
 *
 * @param year the year the figures are of (the latest with a verified result unless asked), null when there is none
 * @param years every year with a verified result, ascending
 * @param provinceCode the province the figures cover, null for the country
 * @param averageIndex null when nobody was assessed
 * @param byLevel IKM per level, every level present
 * @param pillars average score per pillar (a pillar nobody has a verified score for is left out)
 */
public record ReadinessFigures(Integer year, List<Integer> years, String provinceCode, String definition,
		String source, Instant asOf, long assessed, BigDecimal averageIndex, Map<ReadinessLevel, Long> byLevel,
		Map<Pillar, BigDecimal> pillars, List<ReadinessPillarAverages> byProvince,
		List<ReadinessPillarAverages> byTechnique, List<ReadinessPillarAverages> bySizeClass,
		ReadinessYearOnYear yearOnYear) {

	public ReadinessFigures {
		pillars = scored(pillars);
	}

	/** The pillars that have a figure, in pillar order (JSON carries no null figure). */
	static Map<Pillar, BigDecimal> scored(Map<Pillar, BigDecimal> figures) {
		Map<Pillar, BigDecimal> scored = new EnumMap<>(Pillar.class);
		figures.forEach((pillar, figure) -> {
			if (figure != null) {
				scored.put(pillar, figure);
			}
		});
		return scored;
	}

	/**
	 * One province, technique or size class: IKM assessed, their average index and pillar averages.
	 *
	 * @param key the province code, the technique (TULIS, CAP, KOMBINASI) or the size class (KECIL, MENENGAH)
	 */
	public record ReadinessPillarAverages(String key, long assessed, BigDecimal averageIndex,
			Map<Pillar, BigDecimal> pillars) {

		public ReadinessPillarAverages {
			pillars = scored(pillars);
		}

		static List<ReadinessPillarAverages> of(List<ReadinessStatistics.PillarAverages> rows) {
			return rows.stream()
				.map(r -> new ReadinessPillarAverages(r.key(), r.assessed(), r.averageIndex(), r.pillars()))
				.toList();
		}
	}

	/**
	 * The change from the year before over the IKM verified in both years; averages and changes are
	 * null when there are none ({@code compared} 0).
	 *
	 * @param change averageIndex − previousAverageIndex
	 * @param pillarChanges each pillar's average this year minus the year before, over the same IKM
	 */
	public record ReadinessYearOnYear(Integer year, Integer previousYear, long compared,
			BigDecimal previousAverageIndex, BigDecimal averageIndex, BigDecimal change,
			Map<Pillar, BigDecimal> pillarChanges) {

		public ReadinessYearOnYear {
			pillarChanges = scored(pillarChanges);
		}

		static ReadinessYearOnYear of(ReadinessStatistics.YearOnYear y) {
			return new ReadinessYearOnYear(y.year(), y.previousYear(), y.compared(), y.previousAverageIndex(),
					y.averageIndex(), y.change(), y.pillarChanges());
		}
	}
}
