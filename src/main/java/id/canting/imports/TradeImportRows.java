package id.canting.imports;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import id.canting.imports.ImportRowStore.StoredRow;
import id.canting.shared.Actor;
import id.canting.shared.FieldChange;
import id.canting.shared.InvalidInputException;
import id.canting.trade.Countries;
import id.canting.trade.ExportRecordDetails;
import id.canting.trade.ExportRecordId;
import id.canting.trade.ExportRecordInput;
import id.canting.trade.TradeManagement;
import id.canting.trade.TradeRules;
import tools.jackson.databind.json.JsonMapper;

/**
 * Export records (e.g. a BPS extract): matched by month, HS code, destination and source, checked
 * with {@link TradeRules}. Only administrators keep trade data, so only they may import it.
 * Destinations may be codes or country names in Bahasa Indonesia or English.
 */
@Component
class TradeImportRows implements ImportRows {

	private static final List<ColumnSpec> COLUMNS = List.of(
			new ColumnSpec("month", "Bulan", "Month", true, ColumnSpec.Value.MONTH),
			new ColumnSpec("hsCode", "Kode HS", "HS code", true, ColumnSpec.Value.HS_CODE),
			new ColumnSpec("countryCode", "Negara tujuan", "Destination country", true, ColumnSpec.Value.TEXT),
			new ColumnSpec("valueUsd", "Nilai (USD)", "Value (USD)", true, ColumnSpec.Value.NUMBER),
			new ColumnSpec("netWeightKg", "Berat bersih (kg)", "Net weight (kg)", false, ColumnSpec.Value.NUMBER),
			new ColumnSpec("source", "Sumber", "Source", true, ColumnSpec.Value.TEXT));

	private final TradeManagement trade;
	private final JsonMapper json;

	TradeImportRows(TradeManagement trade, JsonMapper json) {
		this.trade = trade;
		this.json = json;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.TRADE;
	}

	@Override
	public boolean mayImport(Actor actor) {
		return actor.isAdmin();
	}

	@Override
	public String keyField() {
		return "month";
	}

	@Override
	public List<ColumnSpec> columns() {
		return COLUMNS;
	}

	@Override
	public Checked check(Actor actor, SheetRow row) {
		String country = row.text("countryCode");
		if (country != null) {
			var code = Countries.codeOf(country);
			if (code.isEmpty()) {
				row.add("countryCode", "import.country.unknown", country);
			}
			country = code.orElse(null);
		}
		ExportRecordInput input = new ExportRecordInput(row.text("month"), row.text("hsCode"), country,
				row.decimal("valueUsd"), row.decimal("netWeightKg"), row.text("source"));
		ExportRecordDetails details = null;
		try {
			details = TradeRules.check(input);
		}
		catch (InvalidInputException e) {
			row.add(e.violations());
		}
		if (details == null || row.any()) {
			return Checked.invalid(null, row);
		}
		// one record per month, HS code, destination and source: twice in a file is an error
		String key = details.month() + " " + details.hsCode() + " " + details.countryCode() + " " + details.source();
		var existing = trade.findExisting(details.month(), details.hsCode(), details.countryCode(), details.source());
		if (existing.isEmpty()) {
			return new Checked(RowOutcome.NEW, null, key, json.writeValueAsString(input), null, List.of());
		}
		List<FieldChange> changes = details.changesFrom(trade.exportRecord(actor, existing.get()).details());
		return new Checked(changes.isEmpty() ? RowOutcome.UNCHANGED : RowOutcome.UPDATED, existing.get().value(), key,
				json.writeValueAsString(input), changes.stream().map(FieldChange::field).collect(Collectors.joining(", ")),
				List.of());
	}

	@Override
	public void commit(Actor actor, StoredRow row) {
		ExportRecordInput input = json.readValue(row.input(), ExportRecordInput.class);
		if (row.outcome() == RowOutcome.NEW) {
			trade.record(actor, input);
		}
		else if (row.outcome() == RowOutcome.UPDATED) {
			ExportRecordId id = new ExportRecordId(row.recordId());
			trade.update(actor, id, trade.exportRecord(actor, id).version(), input);
		}
	}
}
