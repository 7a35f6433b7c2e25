package id.canting.imports;

import java.util.List;

import org.springframework.stereotype.Component;

import id.canting.imports.ImportRowStore.StoredRow;
import id.canting.registry.IkmId;
import id.canting.registry.IkmManagement;
import id.canting.registry.reports.ReportFigures;
import id.canting.registry.reports.Semester;
import id.canting.registry.reports.SemesterReport;
import id.canting.registry.reports.SemesterReportInput;
import id.canting.registry.reports.SemesterReportRules;
import id.canting.registry.reports.SemesterReports;
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
			new ColumnSpec("nib", "NIB", "NIB", false, ColumnSpec.Value.NIB),
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
	public Checked check(Actor actor, SheetRow row) {
		SemesterReportInput input = new SemesterReportInput(row.text("semester"), row.integer("workersMale"),
				row.integer("workersFemale"), row.whole("productionPieces"), row.whole("installedCapacity"),
				row.whole("investmentIdr"), row.whole("rawMaterialsIdr"), row.whole("salesDomesticIdr"),
				row.whole("salesExportIdr"), row.integer("machines"));
		IkmId ikm = ikm(actor, row);
		ReportFigures figures = null;
		try {
			figures = SemesterReportRules.check(input).figures();
		}
		catch (InvalidInputException e) {
			row.add(e.violations());
		}
		if (ikm == null || figures == null || row.any()) {
			return Checked.invalid(null, row);
		}
		Semester semester = Semester.parse(input.semester());
		String key = ikm.value() + "/" + semester;
		String stored = json.writeValueAsString(input);
		try {
			SemesterReport existing = reports.report(actor, ikm, semester);
			if (!existing.status().isEditable()) {
				row.add("semester", "import.report.locked", semester.toString());
				return Checked.invalid(key, row);
			}
			boolean same = existing.figures().equals(figures);
			return new Checked(same ? RowOutcome.UNCHANGED : RowOutcome.UPDATED, ikm.value(), key, stored,
					same ? null : "figures", List.of());
		}
		catch (NotFoundException e) {
			return new Checked(RowOutcome.NEW, ikm.value(), key, stored, null, List.of());
		}
	}

	/**
	 * The IKM the row reports for: by Canting ID, else by NIB; when both are given they must name the
	 * same IKM. It must be one the actor may report for.
	 */
	private IkmId ikm(Actor actor, SheetRow row) {
		if (!row.has("id") && !row.has("nib")) {
			row.add("nib", "import.report.ikm-missing");
			return null;
		}
		Long id = row.whole("id");
		String nib = row.text("nib");
		if (row.any()) {
			return null;
		}
		IkmId byNib = nib == null ? null : ikms.findByNib(nib).orElse(null);
		if (id != null && nib != null && byNib != null && byNib.value() != id) {
			row.add("nib", "import.identity.nib-elsewhere", nib, byNib.value(), id);
			return null;
		}
		IkmId ikm = id != null ? new IkmId(id) : byNib;
		if (ikm == null) {
			row.add(id != null ? "id" : "nib", "import.report.ikm-unknown", id != null ? String.valueOf(id) : nib);
			return null;
		}
		try {
			var found = ikms.ikm(actor, ikm);
			if (id != null && nib != null && !nib.equals(found.details().nib())) {
				row.add("nib", "import.identity.report-nib", nib, id, String.valueOf(found.details().nib()));
				return null;
			}
			return ikm;
		}
		catch (NotFoundException e) {
			row.add("id", "import.report.ikm-unknown", String.valueOf(ikm.value()));
		}
		catch (ForbiddenException e) {
			row.add(id != null ? "id" : "nib", "import.scope.nib", id != null ? String.valueOf(id) : nib);
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
