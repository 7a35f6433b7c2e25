package id.canting.readiness.internal;

import java.util.List;

/** An assessment with the questionnaire version it answers and its evidence, as the pages and the API show it. */
public record AssessmentView(IkmFacts ikm, Assessment assessment, Questionnaire questionnaire, List<Evidence> evidence) {

	public AssessmentView {
		evidence = List.copyOf(evidence);
	}

	public List<Evidence> evidenceOf(long questionId) {
		return evidence.stream().filter(e -> e.questionId() == questionId).toList();
	}

	/** The IKM an assessment belongs to, as readiness needs it. */
	public record IkmFacts(long id, String name, String provinceCode) {
	}
}
