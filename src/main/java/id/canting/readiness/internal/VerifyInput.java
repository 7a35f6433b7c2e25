package id.canting.readiness.internal;

/** The officer's level for one question, by code; a reason is required when it differs from the owner's. */
public record VerifyInput(String question, Integer level, String reason) {
}
