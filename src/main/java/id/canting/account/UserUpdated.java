package id.canting.account;

import java.util.List;

import id.canting.shared.FieldChange;

/**
 * An account was changed; changes to {@code role}, {@code provinceCode}, {@code ikmIds} or
 * {@code enabled} are permission changes.
 */
public record UserUpdated(long userId, String username, List<FieldChange> changes, String by) {
}
