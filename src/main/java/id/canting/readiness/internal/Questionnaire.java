package id.canting.readiness.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.canting.readiness.Pillar;

/**
 * One version of the readiness questionnaire: pillar weights, questions with what each level 0–4
 * means, and the next steps per pillar and level. Immutable; changes go through {@link Questionnaires}.
 */
public record Questionnaire(long id, int version, String titleId, String titleEn, String noteId, String noteEn,
		QuestionnaireStatus status, Instant createdAt, String createdBy, Instant publishedAt, int rowVersion,
		List<PillarWeight> pillars, List<Question> questions, List<NextStep> nextSteps) {

	public Questionnaire {
		pillars = List.copyOf(pillars);
		questions = List.copyOf(questions);
		nextSteps = List.copyOf(nextSteps);
	}

	/** A pillar's weight in the overall index. */
	public record PillarWeight(Pillar pillar, BigDecimal weight) {
	}

	/** What a level means for a question, in Bahasa Indonesia and English. */
	public record LevelText(int level, String textId, String textEn) {
	}

	/** What an IKM whose pillar stands at this level should do next. */
	public record NextStep(Pillar pillar, int level, String textId, String textEn) {
	}

	/** A question of a pillar, with its weight within the pillar and the five level descriptions. */
	public record Question(long id, Pillar pillar, int position, String code, String textId, String textEn,
			BigDecimal weight, boolean evidenceRequired, List<LevelText> levels) {

		public Question {
			levels = List.copyOf(levels);
		}
	}

	public Map<Pillar, BigDecimal> pillarWeights() {
		java.util.EnumMap<Pillar, BigDecimal> weights = new java.util.EnumMap<>(Pillar.class);
		pillars.forEach(p -> weights.put(p.pillar(), p.weight()));
		return weights;
	}

	public Optional<Question> question(String code) {
		return questions.stream().filter(q -> q.code().equals(code)).findFirst();
	}

	public Optional<Question> question(long questionId) {
		return questions.stream().filter(q -> q.id() == questionId).findFirst();
	}

	public List<Question> questionsOf(Pillar pillar) {
		return questions.stream().filter(q -> q.pillar() == pillar).toList();
	}

	public Optional<NextStep> nextStep(Pillar pillar, int level) {
		return nextSteps.stream().filter(s -> s.pillar() == pillar && s.level() == level).findFirst();
	}

	/** The input that would recreate this version (for a copy). */
	public QuestionnaireInput toInput() {
		return new QuestionnaireInput(titleId, titleEn, noteId, noteEn, pillars,
				questions.stream().map(q -> new QuestionnaireInput.QuestionInput(q.pillar(), q.code(), q.textId(), q.textEn(),
						q.weight(), q.evidenceRequired(), q.levels())).toList(),
				nextSteps);
	}
}
