package id.canting.development.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The development score, checked against numbers computed by hand. */
class DevelopmentScoreTest {

	static final ScoreWeights DEFAULT = new ScoreWeights(Map.of(ScorePart.FACILITIES, 30, ScorePart.READINESS, 25,
			ScorePart.BATIKMARK, 25, ScorePart.MEMBERSHIP, 20));

	@Test
	void weighsTheFourPartsAsDocumented() {
		// facilities 6 of 8 units working = 0.75; readiness (2.0 + 3.0 + 1.0 + 0 + 0 + 0) / 4 / 6 = 0.25;
		// Batikmark 3 of 6 = 0.5; membership 6 ≥ 5 = 1
		// score = 100 × (30·0.75 + 25·0.25 + 25·0.5 + 20·1) / 100 = 22.5 + 6.25 + 12.5 + 20 = 61.25 → 61.3
		DevelopmentScore score = DevelopmentScore.of(DEFAULT,
				new DevelopmentScore.Inputs(8, 6, 6, new BigDecimal("6.00"), 3));
		assertThat(score.part(ScorePart.FACILITIES)).isEqualByComparingTo("0.75");
		assertThat(score.part(ScorePart.READINESS)).isEqualByComparingTo("0.25");
		assertThat(score.part(ScorePart.BATIKMARK)).isEqualByComparingTo("0.5");
		assertThat(score.part(ScorePart.MEMBERSHIP)).isEqualByComparingTo("1");
		assertThat(score.score()).isEqualByComparingTo("61.3");
	}

	@Test
	void membershipBelowFiveIsAShareOfFive() {
		// 3 members: membership 3/5 = 0.6; no facilities: 0; readiness 0; Batikmark 1/3
		// score = 100 × (0 + 0 + 25·(1/3) + 20·0.6) / 100 = 8.333… + 12 = 20.333… → 20.3
		DevelopmentScore score = DevelopmentScore.of(DEFAULT, new DevelopmentScore.Inputs(0, 0, 3, BigDecimal.ZERO, 1));
		assertThat(score.part(ScorePart.MEMBERSHIP)).isEqualByComparingTo("0.6");
		assertThat(score.part(ScorePart.BATIKMARK)).isEqualByComparingTo("0.3333");
		assertThat(score.part(ScorePart.FACILITIES)).isEqualByComparingTo("0");
		assertThat(score.score()).isEqualByComparingTo("20.3");
	}

	@Test
	void onlyTheRatiosOfTheWeightsMatter() {
		ScoreWeights facilitiesOnly = new ScoreWeights(Map.of(ScorePart.FACILITIES, 7));
		// 3 of 4 units working: 100 × 7·0.75 / 7 = 75.0, whatever the members
		DevelopmentScore score = DevelopmentScore.of(facilitiesOnly, new DevelopmentScore.Inputs(4, 3, 9, BigDecimal.TEN, 9));
		assertThat(score.score()).isEqualByComparingTo("75.0");
	}

	@Test
	void aSentraWithoutMembersOrFacilitiesScoresZero() {
		DevelopmentScore score = DevelopmentScore.of(DEFAULT, new DevelopmentScore.Inputs(0, 0, 0, BigDecimal.ZERO, 0));
		assertThat(score.score()).isEqualByComparingTo("0");
		assertThat(score.parts().values()).allSatisfy(p -> assertThat(p).isEqualByComparingTo("0"));
	}

	@Test
	void fullReadinessAndCertificationScoreOneHundred() {
		DevelopmentScore score = DevelopmentScore.of(DEFAULT, new DevelopmentScore.Inputs(5, 5, 5, new BigDecimal("20"), 5));
		assertThat(score.score()).isEqualByComparingTo("100.0");
	}

	@Test
	void fairCountsAsWorkingButPoorAndBrokenDoNot() {
		List<SentraFacility> facilities = List.of(new SentraFacility(FacilityKind.IPAL, null, 1, FacilityCondition.GOOD),
				new SentraFacility(FacilityKind.DYEING_ROOM, null, 2, FacilityCondition.FAIR),
				new SentraFacility(FacilityKind.EQUIPMENT, "Kompor", 3, FacilityCondition.POOR),
				new SentraFacility(FacilityKind.SHOWROOM, null, 2, FacilityCondition.BROKEN));
		// working 1 + 2 = 3 of 8 units: 0.375
		DevelopmentScore score = SentraScores.score(DEFAULT, facilities, MemberFigures.NONE);
		assertThat(score.part(ScorePart.FACILITIES)).isEqualByComparingTo("0.375");
		// 100 × 30·0.375 / 100 = 11.25 → 11.3 (half up)
		assertThat(score.score()).isEqualByComparingTo("11.3");
	}
}
