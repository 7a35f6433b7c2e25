package id.canting.readiness.internal.statistics;

import static id.canting.readiness.internal.statistics.ReadinessRows.anAssessment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingModuleTest;
import id.canting.readiness.Pillar;
import id.canting.readiness.ReadinessLevel;
import id.canting.readiness.ReadinessStatistics;
import id.canting.readiness.ReadinessStatistics.Dimension;
import id.canting.readiness.ReadinessStatistics.PillarAverages;
import id.canting.readiness.ReadinessStatistics.ReadinessSummary;
import id.canting.readiness.ReadinessStatistics.YearOnYear;

/**
 * The readiness aggregates over a handful of assessment rows, every figure computed by hand in the
 * comments: verified assessments only, averages to two decimals (half up), levels by the whole part
 * of the index, and the change year on year over the IKM verified in both years. Each test rolls back.
 */
@CantingModuleTest(extraIncludes = { "registry", "region" })
@Transactional
class ReadinessStatisticsModuleTests {

	@Autowired
	ReadinessStatistics statistics;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void twoYearsOfAssessments() {
		// 2024, verified: A, B, E in Jawa Tengah (33), C in DI Yogyakarta (34)
		anAssessment().ofIkm(1).in(2024).inProvince("33").sized("KECIL").withTechniques("TULIS").index("1.50")
			.pillars("1.00", "2.00", "1.50", "1.00", "2.00").insertWith(jdbc);
		anAssessment().ofIkm(2).in(2024).inProvince("33").sized("MENENGAH").withTechniques("TULIS", "CAP")
			.index("2.75").pillars("3.00", "2.50", "3.00", "2.00", "3.00").insertWith(jdbc);
		anAssessment().ofIkm(3).in(2024).inProvince("34").sized("KECIL").withTechniques("CAP").index("0.40")
			.pillars("0.50", "0.00", "1.00", "0.00", "0.50").insertWith(jdbc);
		anAssessment().ofIkm(5).in(2024).inProvince("33").sized("KECIL").withTechniques("TULIS").index("4.00")
			.pillars("4.00", "4.00", "4.00", "4.00", "4.00").insertWith(jdbc);
		// 2024, submitted only: not a result, counted nowhere
		anAssessment().ofIkm(4).in(2024).inProvince("33").sized("KECIL").withTechniques("CAP").submitted()
			.index("3.00").pillars("3.00", "3.00", "3.00", "3.00", "3.00").insertWith(jdbc);
		// 2023, verified: A, B, C again, and F, who was not assessed in 2024
		anAssessment().ofIkm(1).in(2023).inProvince("33").index("1.00")
			.pillars("1.00", "1.00", "1.00", "1.00", "1.00").insertWith(jdbc);
		anAssessment().ofIkm(2).in(2023).inProvince("33").index("2.20")
			.pillars("2.00", "2.00", "2.50", "2.00", "2.50").insertWith(jdbc);
		anAssessment().ofIkm(3).in(2023).inProvince("34").index("0.10")
			.pillars("0.00", "0.00", "0.50", "0.00", "0.00").insertWith(jdbc);
		anAssessment().ofIkm(6).in(2023).inProvince("33").index("3.00")
			.pillars("3.00", "3.00", "3.00", "3.00", "3.00").insertWith(jdbc);
	}

	@Test
	void yearsAreThoseWithAVerifiedResult() {
		anAssessment().ofIkm(7).in(2025).submitted().index("2.00").insertWith(jdbc);

		assertThat(statistics.years()).containsExactly(2023, 2024);
	}

	@Test
	void theSummaryCountsVerifiedAssessmentsOnlyWithEveryLevelPresent() {
		ReadinessSummary summary = statistics.summary(null, 2024);

		// A 1.50, B 2.75, C 0.40, E 4.00 (D only submitted): 8.65 / 4 = 2.1625
		assertThat(summary.assessed()).isEqualTo(4);
		assertThat(summary.averageIndex()).isEqualByComparingTo("2.16");
		assertThat(summary.byLevel()).containsExactly(entry(ReadinessLevel.NOT_READY, 1L),
				entry(ReadinessLevel.INITIAL, 1L), entry(ReadinessLevel.MODERATE, 1L), entry(ReadinessLevel.MATURE, 0L),
				entry(ReadinessLevel.APPLYING, 1L));
		// management 1 + 3 + 0.5 + 4 = 8.5 / 4 = 2.125 → 2.13; technology 1 + 2 + 0 + 4 = 7 / 4 = 1.75;
		// products 1.5 + 3 + 1 + 4 = 9.5 / 4 = 2.375 → 2.38
		assertThat(summary.pillars().get(Pillar.MANAGEMENT_AND_ORGANISATION)).isEqualByComparingTo("2.13");
		assertThat(summary.pillars().get(Pillar.TECHNOLOGY)).isEqualByComparingTo("1.75");
		assertThat(summary.pillars().get(Pillar.PRODUCTS_AND_SERVICES)).isEqualByComparingTo("2.38");
	}

	@Test
	void withoutAYearTheSummaryIsOfTheLatestYear() {
		assertThat(statistics.summary(null, null).year()).isEqualTo(2024);
	}

	@Test
	void aProvinceCountsItsOwnAssessments() {
		ReadinessSummary summary = statistics.summary("33", 2024);

		// A 1.50, B 2.75, E 4.00: 8.25 / 3 = 2.75; management (1 + 3 + 4) / 3 = 2.666… → 2.67
		assertThat(summary.assessed()).isEqualTo(3);
		assertThat(summary.averageIndex()).isEqualByComparingTo("2.75");
		assertThat(summary.byLevel().get(ReadinessLevel.NOT_READY)).isZero();
		assertThat(summary.pillars().get(Pillar.MANAGEMENT_AND_ORGANISATION)).isEqualByComparingTo("2.67");
	}

	@Test
	void aYearWithoutResultsHasZerosAndEmptyPillars() {
		ReadinessSummary summary = statistics.summary("35", 2024);

		assertThat(summary.assessed()).isZero();
		assertThat(summary.averageIndex()).isNull();
		assertThat(summary.byLevel()).hasSize(5).containsValue(0L).doesNotContainValue(1L);
		assertThat(summary.pillars()).hasSize(5).containsValue(null);
	}

	@Test
	void pillarAveragesByTechniqueCountAnIkmUnderEachOfItsTechniques() {
		// TULIS: A, B, E → 8.25 / 3 = 2.75; CAP: B, C → 3.15 / 2 = 1.575 → 1.58
		assertThat(statistics.pillarAveragesBy(Dimension.TECHNIQUE, null, 2024))
			.extracting(PillarAverages::key, PillarAverages::assessed, PillarAverages::averageIndex)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("CAP", 2L, new BigDecimal("1.58")),
					org.assertj.core.groups.Tuple.tuple("TULIS", 3L, new BigDecimal("2.75")));
	}

	@Test
	void pillarAveragesByProvinceAndSizeClass() {
		var byProvince = statistics.pillarAveragesBy(Dimension.PROVINCE, null, 2024);
		// 34: C alone, technology 0.00
		assertThat(byProvince).extracting(PillarAverages::key).containsExactly("33", "34");
		assertThat(byProvince.get(1).pillars().get(Pillar.TECHNOLOGY)).isEqualByComparingTo("0.00");
		assertThat(byProvince.get(1).averageIndex()).isEqualByComparingTo("0.40");
		// KECIL: A, C, E → 5.90 / 3 = 1.966… → 1.97; MENENGAH: B 2.75
		assertThat(statistics.pillarAveragesBy(Dimension.SIZE_CLASS, null, 2024))
			.extracting(PillarAverages::key, PillarAverages::assessed, PillarAverages::averageIndex)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("KECIL", 3L, new BigDecimal("1.97")),
					org.assertj.core.groups.Tuple.tuple("MENENGAH", 1L, new BigDecimal("2.75")));
	}

	@Test
	void yearOnYearComparesTheSameIkmInBothYears() {
		YearOnYear change = statistics.yearOnYear(null, 2024);

		// A, B, C in both years (E new in 2024, F gone): now 4.65 / 3 = 1.55, before 3.30 / 3 = 1.10
		assertThat(change.previousYear()).isEqualTo(2023);
		assertThat(change.compared()).isEqualTo(3);
		assertThat(change.averageIndex()).isEqualByComparingTo("1.55");
		assertThat(change.previousAverageIndex()).isEqualByComparingTo("1.10");
		assertThat(change.change()).isEqualByComparingTo("0.45");
		// management now (1 + 3 + 0.5) / 3 = 1.50, before (1 + 2 + 0) / 3 = 1.00; technology 1.00 both years
		assertThat(change.pillarChanges().get(Pillar.MANAGEMENT_AND_ORGANISATION)).isEqualByComparingTo("0.50");
		assertThat(change.pillarChanges().get(Pillar.TECHNOLOGY)).isEqualByComparingTo("0.00");
	}

	@Test
	void yearOnYearInAProvince() {
		YearOnYear change = statistics.yearOnYear("33", 2024);

		// A and B: now 4.25 / 2 = 2.125 → 2.13, before 3.20 / 2 = 1.60
		assertThat(change.compared()).isEqualTo(2);
		assertThat(change.averageIndex()).isEqualByComparingTo("2.13");
		assertThat(change.previousAverageIndex()).isEqualByComparingTo("1.60");
		assertThat(change.change()).isEqualByComparingTo("0.53");
	}

	@Test
	void withNothingVerifiedThereIsNoYearAndEveryFigureIsEmpty() {
		jdbc.sql("update readiness_assessment set status = 'SUBMITTED'").update();

		assertThat(statistics.years()).isEmpty();
		ReadinessSummary summary = statistics.summary(null, null);
		assertThat(summary.year()).isNull();
		assertThat(summary.assessed()).isZero();
		assertThat(summary.byLevel()).hasSize(5).containsValue(0L);
		assertThat(statistics.pillarAveragesBy(Dimension.PROVINCE, null, null)).isEmpty();
		assertThat(statistics.yearOnYear(null, null).compared()).isZero();
	}

	@Test
	void theFirstYearHasNothingToCompare() {
		YearOnYear change = statistics.yearOnYear(null, 2023);

		assertThat(change.compared()).isZero();
		assertThat(change.change()).isNull();
	}
}
