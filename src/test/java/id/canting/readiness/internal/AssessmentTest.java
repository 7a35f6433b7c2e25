package id.canting.readiness.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.canting.readiness.Pillar;
import id.canting.readiness.internal.Assessment.Answer;
import id.canting.readiness.internal.ReadinessScoring.Scores;
import id.canting.shared.RuleRefusedException;

/** The assessment's own steps: answers only in a draft; submit, return with a reason, verify. */
class AssessmentTest {

	static final Instant NOW = Instant.parse("2026-05-04T03:00:00Z");

	static Scores scores(String index) {
		Map<Pillar, BigDecimal> pillars = new EnumMap<>(Pillar.class);
		for (Pillar p : Pillar.values()) {
			pillars.put(p, new BigDecimal(index));
		}
		return new Scores(pillars, new BigDecimal(index));
	}

	static Assessment draft() {
		Assessment a = Assessment.start(7, 2026, 1, "33", "KECIL", Set.of("TULIS"), "owner", NOW);
		a.answer(List.of(new Answer(11, 2, "buku kas", null, null), new Answer(12, null, null, null, null)));
		return a;
	}

	@Test
	void aDraftTakesAnswersAndIsSubmittedWithTheOwnersScores() {
		Assessment a = draft();
		assertThat(a.answers().get(11L).level()).isEqualTo(2);
		a.submit(scores("2.00"), "owner", NOW);
		assertThat(a.status()).isEqualTo(AssessmentStatus.SUBMITTED);
		assertThat(a.selfIndex()).isEqualByComparingTo("2.00");
		assertThat(a.overallIndex()).isNull();
		assertThatThrownBy(() -> a.answer(List.of(new Answer(11, 3, null, null, null))))
			.isInstanceOf(RuleRefusedException.class).hasMessage("readiness.assessment.not-draft");
	}

	@Test
	void onlyASubmittedAssessmentIsVerifiedOrReturned() {
		Assessment a = draft();
		assertThatThrownBy(() -> a.verify(Map.of(), scores("2.00"), null, "officer.33", NOW))
			.isInstanceOf(RuleRefusedException.class).hasMessage("readiness.assessment.not-submitted");
		assertThatThrownBy(() -> a.returnToDraft("foto kurang jelas")).isInstanceOf(RuleRefusedException.class);
		a.submit(scores("2.00"), "owner", NOW);
		a.returnToDraft("foto kurang jelas");
		assertThat(a.status()).isEqualTo(AssessmentStatus.DRAFT);
		assertThat(a.verificationNote()).isEqualTo("foto kurang jelas");
	}

	@Test
	void verificationKeepsTheOwnersLevelBesideTheOfficersAndPublishesTheVerifiedScores() {
		Assessment a = draft();
		a.submit(scores("2.00"), "owner", NOW);
		a.verify(Map.of(11L, new Answer(11, 2, null, 1, "tidak ada buku kas")), scores("1.80"), "kunjungan", "officer.33", NOW);
		assertThat(a.status()).isEqualTo(AssessmentStatus.VERIFIED);
		Answer answer = a.answers().get(11L);
		assertThat(answer.level()).isEqualTo(2);
		assertThat(answer.note()).isEqualTo("buku kas");
		assertThat(answer.verifiedLevel()).isEqualTo(1);
		assertThat(answer.resultLevel()).isEqualTo(1);
		assertThat(a.overallIndex()).isEqualByComparingTo("1.80");
		assertThat(a.level()).isEqualTo(id.canting.readiness.ReadinessLevel.INITIAL);
		assertThat(a.selfIndex()).isEqualByComparingTo("2.00");
	}
}
