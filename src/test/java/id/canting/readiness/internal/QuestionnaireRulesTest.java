package id.canting.readiness.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.canting.readiness.Pillar;
import id.canting.readiness.internal.Questionnaire.LevelText;
import id.canting.readiness.internal.Questionnaire.NextStep;
import id.canting.readiness.internal.Questionnaire.PillarWeight;
import id.canting.readiness.internal.QuestionnaireInput.QuestionInput;
import id.canting.shared.FieldViolation;

/** What makes a questionnaire version usable. */
class QuestionnaireRulesTest {

	static List<LevelText> levels(int count) {
		List<LevelText> levels = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			levels.add(new LevelText(i, "tingkat " + i, "level " + i));
		}
		return levels;
	}

	static QuestionInput question(Pillar pillar, String code, String weight, int levels) {
		return new QuestionInput(pillar, code, "Pertanyaan " + code, "Question " + code, new BigDecimal(weight), false,
				levels(levels));
	}

	static QuestionnaireInput valid() {
		List<PillarWeight> pillars = new ArrayList<>();
		List<QuestionInput> questions = new ArrayList<>();
		for (Pillar p : Pillar.values()) {
			pillars.add(new PillarWeight(p, BigDecimal.ONE));
			questions.add(question(p, p.name().substring(0, 2) + "-1", "1", 5));
		}
		return new QuestionnaireInput("Judul", "Title", null, null, pillars, questions,
				List.of(new NextStep(Pillar.TECHNOLOGY, 0, "Mulai mencatat", "Start recording")));
	}

	static List<String> fields(QuestionnaireInput input) {
		return QuestionnaireRules.check(input).stream().map(FieldViolation::field).toList();
	}

	@Test
	void acceptsFivePillarsWithQuestionsDescribingEveryLevel() {
		assertThat(QuestionnaireRules.check(valid())).isEmpty();
	}

	@Test
	void refusesAMissingPillarAndAPillarWithoutQuestions() {
		QuestionnaireInput v = valid();
		QuestionnaireInput input = new QuestionnaireInput(v.titleId(), v.titleEn(), null, null, v.pillars().subList(0, 4),
				v.questions().subList(0, 4), v.nextSteps());
		assertThat(QuestionnaireRules.check(input)).extracting(FieldViolation::field, FieldViolation::messageKey)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("pillars", "readiness.questionnaire.pillar.missing"),
					org.assertj.core.groups.Tuple.tuple("questions", "readiness.questionnaire.pillar.no-question"));
	}

	@Test
	void refusesAZeroWeightADuplicateCodeAndMissingLevelDescriptions() {
		QuestionnaireInput v = valid();
		List<PillarWeight> pillars = new ArrayList<>(v.pillars());
		pillars.set(0, new PillarWeight(pillars.get(0).pillar(), BigDecimal.ZERO));
		List<QuestionInput> questions = new ArrayList<>(v.questions());
		questions.add(question(Pillar.TECHNOLOGY, "MA-1", "1", 5));
		questions.set(1, question(Pillar.PEOPLE_AND_CULTURE, "PE-1", "1", 4));
		QuestionnaireInput input = new QuestionnaireInput("Judul", "Title", null, null, pillars, questions, v.nextSteps());
		assertThat(fields(input)).containsExactlyInAnyOrder("pillars[0].weight", "questions[5].code", "questions[1].levels");
	}

	@Test
	void refusesANextStepAtALevelOutsideZeroToFour() {
		QuestionnaireInput v = valid();
		QuestionnaireInput input = new QuestionnaireInput("Judul", "Title", null, null, v.pillars(), v.questions(),
				List.of(new NextStep(Pillar.TECHNOLOGY, 5, "x", "x")));
		assertThat(fields(input)).containsExactly("nextSteps[0].level");
	}
}
