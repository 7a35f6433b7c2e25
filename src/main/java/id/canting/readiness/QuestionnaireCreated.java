package id.canting.readiness;

/** A new questionnaire version was created as a draft (from scratch or as a copy of another). */
public record QuestionnaireCreated(long questionnaireId, int version, Long copiedFrom, String by) {
}
