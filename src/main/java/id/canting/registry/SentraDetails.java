package id.canting.registry;

import java.util.ArrayList;
import java.util.List;

import id.canting.shared.FieldChange;

/** The descriptive facts of a sentra after {@link SentraRules} accepted them. */
public record SentraDetails(String code, String name, String regencyCode, String address, Integer yearEstablished,
		Revitalisation revitalisation, Integer revitalisationYear, String notes) {

	/** Every field whose value differs from {@code before}, for the change history. */
	public List<FieldChange> changesFrom(SentraDetails before) {
		List<FieldChange> changes = new ArrayList<>();
		FieldChange.addIfChanged(changes, "code", before.code, code);
		FieldChange.addIfChanged(changes, "name", before.name, name);
		FieldChange.addIfChanged(changes, "regencyCode", before.regencyCode, regencyCode);
		FieldChange.addIfChanged(changes, "address", before.address, address);
		FieldChange.addIfChanged(changes, "yearEstablished", before.yearEstablished, yearEstablished);
		FieldChange.addIfChanged(changes, "revitalisation", before.revitalisation, revitalisation);
		FieldChange.addIfChanged(changes, "revitalisationYear", before.revitalisationYear, revitalisationYear);
		FieldChange.addIfChanged(changes, "notes", before.notes, notes);
		return changes;
	}

}
