package id.canting.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import id.canting.shared.FieldChange;

/** The descriptive facts of a sentra after {@link SentraRules} accepted them. */
public record SentraDetails(String code, String name, String regencyCode, String address, Integer yearEstablished,
		Revitalisation revitalisation, Integer revitalisationYear, String notes) {

	/** Every field whose value differs from {@code before}, for the change history. */
	public List<FieldChange> changesFrom(SentraDetails before) {
		List<FieldChange> changes = new ArrayList<>();
		compare(changes, "code", before.code, code);
		compare(changes, "name", before.name, name);
		compare(changes, "regencyCode", before.regencyCode, regencyCode);
		compare(changes, "address", before.address, address);
		compare(changes, "yearEstablished", before.yearEstablished, yearEstablished);
		compare(changes, "revitalisation", before.revitalisation, revitalisation);
		compare(changes, "revitalisationYear", before.revitalisationYear, revitalisationYear);
		compare(changes, "notes", before.notes, notes);
		return changes;
	}

	private static void compare(List<FieldChange> changes, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(new FieldChange(field, before == null ? null : before.toString(),
					after == null ? null : after.toString()));
		}
	}
}
