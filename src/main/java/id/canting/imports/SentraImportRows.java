package id.canting.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import id.canting.imports.ImportRowStore.StoredRow;
import id.canting.region.Regency;
import id.canting.registry.Revitalisation;
import id.canting.registry.SentraColumn;
import id.canting.registry.SentraDetails;
import id.canting.registry.SentraId;
import id.canting.registry.SentraInput;
import id.canting.registry.SentraManagement;
import id.canting.registry.SentraRules;
import id.canting.shared.FieldChange;
import id.canting.shared.Actor;
import id.canting.shared.InvalidInputException;
import tools.jackson.databind.json.JsonMapper;

/** Sentra rows: matched by code, checked with {@link SentraRules}, within the actor's province. */
@Component
class SentraImportRows implements ImportRows {

	private static final List<SentraColumn> REQUIRED = List.of(SentraColumn.CODE, SentraColumn.NAME, SentraColumn.REGENCY);

	private final SentraManagement sentras;
	private final JsonMapper json;

	SentraImportRows(SentraManagement sentras, JsonMapper json) {
		this.sentras = sentras;
		this.json = json;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.SENTRA;
	}

	@Override
	public String keyField() {
		return "code";
	}

	@Override
	public List<ColumnSpec> columns() {
		return COLUMNS;
	}

	private static final List<ColumnSpec> COLUMNS = Arrays.stream(SentraColumn.values()).map(SentraImportRows::spec)
		.toList();

	private static ColumnSpec spec(SentraColumn c) {
		boolean required = REQUIRED.contains(c);
		return switch (c) {
			case CODE -> new ColumnSpec(c.field(), c.header("id"), c.header("en"), required, ColumnSpec.Value.IDENTIFIER);
			case REGENCY -> new ColumnSpec(c.field(), c.header("id"), c.header("en"), required, ColumnSpec.Value.REGENCY);
			case YEAR_ESTABLISHED, REVITALISATION_YEAR ->
				new ColumnSpec(c.field(), c.header("id"), c.header("en"), required, ColumnSpec.Value.YEAR);
			case REVITALISATION -> ColumnSpec.coded(c.field(), c.header("id"), c.header("en"), required,
					ColumnSpec.Value.CODE, "revitalisation.", Revitalisation.class);
			default -> new ColumnSpec(c.field(), c.header("id"), c.header("en"), required, ColumnSpec.Value.TEXT);
		};
	}

	@Override
	public Checked check(Actor actor, SheetRow row) {
		String code = row.text("code");
		SentraInput input = new SentraInput(code, row.text("name"), row.text("regencyCode"), row.text("address"),
				row.year("yearEstablished"), row.text("revitalisation"), row.year("revitalisationYear"),
				row.text("notes"));
		SentraDetails details = null;
		try {
			details = SentraRules.check(input);
		}
		catch (InvalidInputException e) {
			row.add(e.violations());
		}
		if (details != null && !actor.isAdmin() && !actor.isOfficerOf(Regency.provinceOf(details.regencyCode()))) {
			row.add("regencyCode", "import.scope.province", Regency.provinceOf(details.regencyCode()));
		}
		if (details == null || row.any()) {
			return Checked.invalid(code, row);
		}
		var existing = sentras.findByCode(details.code());
		if (existing.isEmpty()) {
			return new Checked(RowOutcome.NEW, null, code, json.writeValueAsString(input), null, List.of());
		}
		var sentra = sentras.sentra(existing.get());
		if (!actor.isAdmin() && !actor.isOfficerOf(sentra.provinceCode())) {
			row.add("code", "import.scope.code", code);
			return Checked.invalid(code, row);
		}
		List<FieldChange> changes = details.changesFrom(sentra.details());
		return new Checked(changes.isEmpty() ? RowOutcome.UNCHANGED : RowOutcome.UPDATED, existing.get().value(), code,
				json.writeValueAsString(input), changes.stream().map(FieldChange::field).collect(Collectors.joining(", ")),
				List.of());
	}

	@Override
	public void commit(Actor actor, StoredRow row) {
		SentraInput input = json.readValue(row.input(), SentraInput.class);
		if (row.outcome() == RowOutcome.NEW) {
			sentras.register(actor, input);
		}
		else if (row.outcome() == RowOutcome.UPDATED) {
			SentraId id = new SentraId(row.recordId());
			sentras.update(actor, id, sentras.sentra(id).version(), input);
		}
	}
}
