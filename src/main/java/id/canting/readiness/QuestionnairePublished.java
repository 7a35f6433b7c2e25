package id.canting.readiness;

/** A questionnaire version was published: new assessments use it; the one published before is retired. */
public record QuestionnairePublished(long questionnaireId, int version, Integer retiredVersion, String by) {
}
