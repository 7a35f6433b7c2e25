package id.canting.programme.participation.internal;

import id.canting.registry.IkmKind;

/**
 * The IKM a participant comes from as it was when they enrolled: a copy, so the programme's lists
 * and figures never read the registry's tables, and a later move or rename does not rewrite history.
 */
public record EnrolledIkm(long id, String name, String provinceCode, String regencyCode, IkmKind kind) {
}
