package id.canting.registry.internal;

/** What the actor may do with one IKM, so pages offer only the actions that will be accepted. */
public record IkmPermissions(boolean edit, boolean verify, boolean changeStatus) {
}
