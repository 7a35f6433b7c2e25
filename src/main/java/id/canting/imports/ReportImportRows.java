package id.canting.imports;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.canting.imports.ImportRowStore.StoredRow;
import id.canting.imports.internal.CellValues;
import id.canting.registry.IkmId;
import id.canting.registry.IkmManagement;
import id.canting.registry.ReportFigures;
import id.canting.registry.Semester;
import id.canting.registry.SemesterReport;
import id.canting.registry.SemesterReportInput;
import id.canting.registry.SemesterReportRules;
import id.canting.registry.SemesterReports;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Semester report rows (SIINas-style reports collected by a provincial office): the IKM by its
 * Canting ID or NIB, the semester, the figures; checked with {@link SemesterReportRules}. A new
 * report is filed as a draft; a draft or returned one is corrected; a submitted or accepted report
 * is not changed by a file.
 */
@Component
class ReportImportRows implements ImportRows {

	private static final List<ColumnSpec> COLUMNS = List.of(
			new ColumnSpec("id", "ID Canting", "Canting ID", false, ColumnSpec.Value.WHOLE),
			new ColumnSpec("nib", "NIB", "NIB", false, ColumnSpec.Value.IDENTIFIER),
			new ColumnSpec("semester", "Semester", "Semester", true, ColumnSpec.Value.SEMESTER),
			new ColumnSpec("workersMale", "Tenaga kerja laki-laki", "Male workers", true, ColumnSpec.Value.WHOLE),
			new ColumnSpec("workersFemale", "Tenaga kerja perempuan", "Female workers", true, ColumnSpec.Value.WHOLE),
			new ColumnSpec("productionPieces", "Produksi (potong)", "Production (pieces)", true, ColumnSpec.Value.WHOLE),
			new ColumnSpec("installedCapacity", "Kapasitas terpasang (potong)", "Installed capacity (pieces)", true, ColumnSpec.Value.WHOLE),
			new ColumnSpec("investmentIdr", "Investasi (Rp)", "Investment (IDR)", true, ColumnSpec.Value.WHOLE),
			new ColumnSpec("rawMaterialsIdr", "Bahan baku (Rp)", "Raw materials (IDR)", true, ColumnSpec.Value.WHOLE),
			new ColumnSpec("salesDomesticIdr", "Penjualan dalam negeri (Rp)", "Domestic sales (IDR)", true, ColumnSpec.Value.WHOLE),
			new ColumnSpec("salesExportIdr", "Penjualan ekspor (Rp)", "Export sales (IDR)", true, ColumnSpec.Value.WHOLE),
			new ColumnSpec("machines", "Jumlah mesin", "Machines", true, ColumnSpec.Value.WHOLE));

	private final IkmManagement ikms;
	private final SemesterReports reports;
	private final JsonMapper json;

	ReportImportRows(IkmManagement ikms, SemesterReports reports, JsonMapper json) {
		this.ikms = ikms;
		this.reports = reports;
		this.json = json;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.REPORT;
	}

	@Override
	public List<ColumnSpec> columns() {
		return COLUMNS;
	}

	@Override
	public String keyField() {
		return "semester";
	}

	@Override
	public Checked check(Actor actor, int rowNumber, Map<String, String> cells, String language) {
		RowErrors errors = new RowErrors(rowNumber, cells, COLUMNS, language);
		SemesterReportInput input = new SemesterReportInput(CellValues.text(cells.get("semester")),
				errors.integer("workersMale"), errors.integer("workersFemale"), errors.whole("productionPieces"),
				errors.whole("installedCapacity"), errors.whole("investmentIdr"), errors.whole("rawMaterialsIdr"),
				errors.whole("salesDomesticIdr"), errors.whole("salesExportIdr"), errors.integer("machines"));
		IkmId ikm = ikm(actor, cells, errors);
		ReportFigures figures = null;
		try {
			figures = SemesterReportRules.check(input).figures();
		}
		catch (InvalidInputException e) {
			errors.add(e.violations());
		}
		if (ikm == null || figures == null || errors.any()) {
			return new Checked(RowOutcome.INVALID, null, null, null, null, errors.list());
		}
		Semester semester = Semester.parse(input.semester());
		String key = ikm.value() + "/" + semester;
		String stored = json.writeValueAsString(input);
		try {
			SemesterReport existing = reports.report(actor, ikm, semester);
			if (!existing.status().isEditable()) {
				errors.add("semester", "import.report.locked", semester.toString());
				return new Checked(RowOutcome.INVALID, null, key, null, null, errors.list());
			}
			boolean same = existing.figures().equals(figures);
			return new Checked(same ? RowOutcome.UNCHANGED : RowOutcome.UPDATED, ikm.value(), key, stored,
					same ? null : "figures", List.of());
		}
		catch (NotFoundException e) {
			return new Checked(RowOutcome.NEW, ikm.value(), key, stored, null, List.of());
		}
	}

	/** The IKM the row reports for: by Canting ID, else by NIB; it must be one the actor may report for. */
	private IkmId ikm(Actor actor, Map<String, String> cells, RowErrors errors) {
		Long id;
		try {
			id = CellValues.whole(cells.get("id"));
		}
		catch (NumberFormatException e) {
			errors.add("id", "import.cell.number");
			return null;
		}
		String nib = CellValues.text(cells.get("nib"));
		IkmId ikm = id != null ? new IkmId(id) : ikms.findByNib(nib).orElse(null);
		if (ikm == null) {
			errors.add(id == null && nib == null ? "nib" : id != null ? "id" : "nib",
					id == null && nib == null ? "import.report.ikm-missing" : "import.report.ikm-unknown",
					id != null ? String.valueOf(id) : String.valueOf(nib));
			return null;
		}
		try {
			ikms.ikm(actor, ikm);
			return ikm;
		}
		catch (NotFoundException e) {
			errors.add("id", "import.report.ikm-unknown", String.valueOf(ikm.value()));
		}
		catch (ForbiddenException e) {
			errors.add(id != null ? "id" : "nib", "import.scope.nib", id != null ? String.valueOf(id) : nib);
		}
		return null;
	}

	@Override
	public void commit(Actor actor, StoredRow row) {
		SemesterReportInput input = json.readValue(row.input(), SemesterReportInput.class);
		IkmId ikm = new IkmId(row.recordId());
		if (row.outcome() == RowOutcome.NEW) {
			reports.file(actor, ikm, input);
		}
		else if (row.outcome() == RowOutcome.UPDATED) {
			Semester semester = Semester.parse(input.semester());
			reports.update(actor, ikm, semester, reports.report(actor, ikm, semester).version(), input);
		}
	}
}
