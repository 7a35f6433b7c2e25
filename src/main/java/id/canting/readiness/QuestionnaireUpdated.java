package id.canting.readiness;

/** A questionnaire version's questions, texts or weights were replaced (only while no assessment used it). */
public record QuestionnaireUpdated(long questionnaireId, int version, String by) {
}
