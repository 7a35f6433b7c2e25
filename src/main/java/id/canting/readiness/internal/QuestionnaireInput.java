package id.canting.readiness.internal;

import java.math.BigDecimal;
import java.util.List;

import id.canting.readiness.Pillar;
import id.canting.readiness.internal.Questionnaire.LevelText;
import id.canting.readiness.internal.Questionnaire.NextStep;
import id.canting.readiness.internal.Questionnaire.PillarWeight;

/**
 * A whole questionnaire version as an admin writes it (JSON): titles, the five pillar weights, the
 * questions in order with their five level descriptions, and the next steps per pillar and level.
 */
public record QuestionnaireInput(String titleId, String titleEn, String noteId, String noteEn,
		List<PillarWeight> pillars, List<QuestionInput> questions, List<NextStep> nextSteps) {

	public QuestionnaireInput {
		pillars = pillars == null ? List.of() : pillars;
		questions = questions == null ? List.of() : questions;
		nextSteps = nextSteps == null ? List.of() : nextSteps;
	}

	/** A question: code unique in the version (e.g. MO-1), weight within its pillar, levels 0–4. */
	public record QuestionInput(Pillar pillar, String code, String textId, String textEn, BigDecimal weight,
			boolean evidenceRequired, List<LevelText> levels) {

		public QuestionInput {
			levels = levels == null ? List.of() : levels;
		}
	}
}
