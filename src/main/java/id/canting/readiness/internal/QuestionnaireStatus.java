package id.canting.readiness.internal;

/** A questionnaire version is drafted, then published (new assessments use it), then retired by the next one. */
public enum QuestionnaireStatus {
	DRAFT, PUBLISHED, RETIRED
}
