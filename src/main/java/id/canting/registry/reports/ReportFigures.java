package id.canting.registry.reports;

import java.util.ArrayList;
import java.util.List;

import id.canting.shared.FieldChange;

/**
 * The figures of a semester report once its rules have passed: workers by sex, production and
 * installed capacity (pieces in the semester), investment, raw materials and sales at home and
 * abroad (rupiah), and machines in use.
 */
public record ReportFigures(int workersMale, int workersFemale, long productionPieces, long installedCapacity,
		long investmentIdr, long rawMaterialsIdr, long salesDomesticIdr, long salesExportIdr, int machines) {

	public int workers() {
		return workersMale + workersFemale;
	}

	/** What differs from {@code before}, field by field, for the change history. */
	public List<FieldChange> changesFrom(ReportFigures before) {
		List<FieldChange> changes = new ArrayList<>();
		FieldChange.addIfChanged(changes, "workersMale", before.workersMale, workersMale);
		FieldChange.addIfChanged(changes, "workersFemale", before.workersFemale, workersFemale);
		FieldChange.addIfChanged(changes, "productionPieces", before.productionPieces, productionPieces);
		FieldChange.addIfChanged(changes, "installedCapacity", before.installedCapacity, installedCapacity);
		FieldChange.addIfChanged(changes, "investmentIdr", before.investmentIdr, investmentIdr);
		FieldChange.addIfChanged(changes, "rawMaterialsIdr", before.rawMaterialsIdr, rawMaterialsIdr);
		FieldChange.addIfChanged(changes, "salesDomesticIdr", before.salesDomesticIdr, salesDomesticIdr);
		FieldChange.addIfChanged(changes, "salesExportIdr", before.salesExportIdr, salesExportIdr);
		FieldChange.addIfChanged(changes, "machines", before.machines, machines);
		return changes;
	}
}
