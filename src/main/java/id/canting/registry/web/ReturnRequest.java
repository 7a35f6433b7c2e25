package id.canting.registry.web;

/** Why an officer returns a report for correction: {@code {"reason": "..."}}. */
public record ReturnRequest(String reason) {
}
