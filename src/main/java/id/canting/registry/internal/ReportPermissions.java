package id.canting.registry.internal;

/**
 * What the actor may do with an IKM's reports, so pages offer only the actions that will be
 * accepted: {@code file} (file, correct, send) and {@code decide} (accept or return).
 */
public record ReportPermissions(boolean file, boolean decide) {
}
