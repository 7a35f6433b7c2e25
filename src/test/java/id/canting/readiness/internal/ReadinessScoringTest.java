package id.canting.readiness.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.canting.readiness.Pillar;
import id.canting.readiness.internal.ReadinessScoring.Scores;
import id.canting.readiness.internal.ReadinessScoring.WeightedLevel;

/** Scoring with hand-computed expectations. */
class ReadinessScoringTest {

	static Map<Pillar, BigDecimal> weights(String mo, String pc, String ps, String te, String fo) {
		Map<Pillar, BigDecimal> w = new EnumMap<>(Pillar.class);
		w.put(Pillar.MANAGEMENT_AND_ORGANISATION, new BigDecimal(mo));
		w.put(Pillar.PEOPLE_AND_CULTURE, new BigDecimal(pc));
		w.put(Pillar.PRODUCTS_AND_SERVICES, new BigDecimal(ps));
		w.put(Pillar.TECHNOLOGY, new BigDecimal(te));
		w.put(Pillar.FACTORY_OPERATIONS, new BigDecimal(fo));
		return w;
	}

	static WeightedLevel a(Pillar p, String weight, int level) {
		return new WeightedLevel(p, new BigDecimal(weight), level);
	}

	@Test
	void pillarScoreIsTheWeightedMeanOfItsQuestions() {
		// MO: (1×2 + 1×3 + 2×1) / 4 = 7/4 = 1.75; other pillars one question each
		List<WeightedLevel> answers = List.of(a(Pillar.MANAGEMENT_AND_ORGANISATION, "1", 2),
				a(Pillar.MANAGEMENT_AND_ORGANISATION, "1", 3), a(Pillar.MANAGEMENT_AND_ORGANISATION, "2", 1),
				a(Pillar.PEOPLE_AND_CULTURE, "1", 2), a(Pillar.PRODUCTS_AND_SERVICES, "1", 3), a(Pillar.TECHNOLOGY, "1", 1),
				a(Pillar.FACTORY_OPERATIONS, "1", 2));
		Scores s = ReadinessScoring.score(weights("1", "1", "1", "1", "1"), answers);
		assertThat(s.pillars().get(Pillar.MANAGEMENT_AND_ORGANISATION)).isEqualByComparingTo("1.75");
		assertThat(s.pillars().get(Pillar.PEOPLE_AND_CULTURE)).isEqualByComparingTo("2.00");
		// (1.75 + 2 + 3 + 1 + 2) / 5 = 9.75 / 5 = 1.95
		assertThat(s.overallIndex()).isEqualByComparingTo("1.95");
	}

	@Test
	void overallIndexWeighsPillarsAndUsesUnroundedPillarScores() {
		// MO: (1×1 + 1×2 + 1×2) / 3 = 5/3 = 1.6667 (shown 1.67); TE weight 2: (0 + 1 + 1)/3 = 2/3 (shown 0.67)
		// index = (1×5/3 + 1×2 + 1×2 + 2×2/3 + 1×3) / 6 = (5/3 + 7 + 4/3) / 6 = 10 / 6 = 1.6667 → 1.67
		List<WeightedLevel> answers = new ArrayList<>(List.of(a(Pillar.MANAGEMENT_AND_ORGANISATION, "1", 1),
				a(Pillar.MANAGEMENT_AND_ORGANISATION, "1", 2), a(Pillar.MANAGEMENT_AND_ORGANISATION, "1", 2),
				a(Pillar.PEOPLE_AND_CULTURE, "1", 2), a(Pillar.PRODUCTS_AND_SERVICES, "1", 2), a(Pillar.TECHNOLOGY, "1", 0),
				a(Pillar.TECHNOLOGY, "1", 1), a(Pillar.TECHNOLOGY, "1", 1), a(Pillar.FACTORY_OPERATIONS, "1", 3)));
		Scores s = ReadinessScoring.score(weights("1", "1", "1", "2", "1"), answers);
		assertThat(s.pillars().get(Pillar.MANAGEMENT_AND_ORGANISATION)).isEqualByComparingTo("1.67");
		assertThat(s.pillars().get(Pillar.TECHNOLOGY)).isEqualByComparingTo("0.67");
		assertThat(s.overallIndex()).isEqualByComparingTo("1.67");
	}

	@Test
	void roundsHalfUpOnlyAtTheEnd() {
		// MO, PC, PS, TE: (7×0 + 1×1) / 8 = 0.125, shown HALF_UP as 0.13; FO: 0 → index = 4 × 0.125 / 5 = 0.10
		List<WeightedLevel> answers = new ArrayList<>();
		for (Pillar p : List.of(Pillar.MANAGEMENT_AND_ORGANISATION, Pillar.PEOPLE_AND_CULTURE, Pillar.PRODUCTS_AND_SERVICES,
				Pillar.TECHNOLOGY)) {
			answers.add(a(p, "7", 0));
			answers.add(a(p, "1", 1));
		}
		answers.add(a(Pillar.FACTORY_OPERATIONS, "1", 0));
		Scores s = ReadinessScoring.score(weights("1", "1", "1", "1", "1"), answers);
		assertThat(s.pillars().get(Pillar.TECHNOLOGY)).isEqualByComparingTo("0.13");
		assertThat(s.overallIndex()).isEqualByComparingTo("0.10");
	}

	@Test
	void unroundedPillarScoresDecideTheIndexWhereRoundedOnesWouldNot() {
		// MO: (1×1 + 199×0) / 200 = 0.005; the other pillars 0; pillar weights MO 1, the others 0.2 (sum 1.8)
		List<WeightedLevel> answers = List.of(a(Pillar.MANAGEMENT_AND_ORGANISATION, "1", 1),
				a(Pillar.MANAGEMENT_AND_ORGANISATION, "199", 0), a(Pillar.PEOPLE_AND_CULTURE, "1", 0),
				a(Pillar.PRODUCTS_AND_SERVICES, "1", 0), a(Pillar.TECHNOLOGY, "1", 0), a(Pillar.FACTORY_OPERATIONS, "1", 0));
		Scores s = ReadinessScoring.score(weights("1", "0.2", "0.2", "0.2", "0.2"), answers);
		// MO 0.005 → shown 0.01 (HALF_UP); index = 1 × 0.005 / 1.8 = 0.00278 → 0.00,
		// whereas from the rounded 0.01 it would be 0.01 / 1.8 = 0.00556 → 0.01
		assertThat(s.pillars().get(Pillar.MANAGEMENT_AND_ORGANISATION)).isEqualByComparingTo("0.01");
		assertThat(s.overallIndex()).isEqualByComparingTo("0.00");
	}

	@Test
	void allAtFourIsFour() {
		List<WeightedLevel> answers = new ArrayList<>();
		for (Pillar p : Pillar.values()) {
			answers.add(a(p, "1.5", 4));
		}
		assertThat(ReadinessScoring.score(weights("1", "2", "3", "4", "5"), answers).overallIndex()).isEqualByComparingTo("4.00");
	}

	@Test
	void refusesAPillarWithoutAnswers() {
		assertThatThrownBy(() -> ReadinessScoring.score(weights("1", "1", "1", "1", "1"),
				List.of(a(Pillar.TECHNOLOGY, "1", 2)))).isInstanceOf(IllegalArgumentException.class);
	}
}
