package id.canting.certification;

/** A geographical indication reached a facilitation stage on a day. */
public record IgStageReached(Long id, String slug, IgStage stage, java.time.LocalDate reachedOn, String registrationNumber, String by) {
}
