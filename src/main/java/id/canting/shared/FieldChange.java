package id.canting.shared;

import java.util.List;
import java.util.Objects;

/** One field of a record changed by an update, with its value before and after, as text. */
public record FieldChange(String field, String oldValue, String newValue) {

	/** Adds the change of {@code field} to {@code changes} when its value differs, for the change history. */
	public static void addIfChanged(List<FieldChange> changes, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(new FieldChange(field, Objects.toString(before, null), Objects.toString(after, null)));
		}
	}
}
