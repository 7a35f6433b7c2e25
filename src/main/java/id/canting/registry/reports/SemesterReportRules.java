package id.canting.registry.reports;


import id.canting.registry.IkmRules;
import id.canting.registry.internal.FieldChecks;
/**
 * The field rules of a semester report: the one rule set for forms, the API and imports. Every
 * figure is required and a whole number of at least zero; a report cannot produce more than its
 * installed capacity. Rules that need other records or the date (the IKM is active, the semester
 * has begun, one report per semester) are checked by {@link SemesterReports} after these.
 */
public final class SemesterReportRules {

	static final int MAX_WORKERS = IkmRules.MAX_WORKERS;
	static final int MAX_MACHINES = 100_000;
	/** Pieces in half a year; far above any IKM, so only a slipped finger is refused. */
	static final long MAX_PIECES = 10_000_000_000L;
	/** Rp1,000 trillion: far above any IKM, so only a slipped finger is refused. */
	static final long MAX_IDR = 1_000_000_000_000_000L;
	static final int REASON_LENGTH = 500;

	private SemesterReportRules() {
	}

	/** A report's semester with its checked figures. */
	public record Checked(Semester semester, ReportFigures figures) {
	}

	/**
	 * Reads a report input, or refuses it listing every broken rule.
	 *
	 * @throws id.canting.shared.InvalidInputException naming each field and rule
	 */
	public static Checked check(SemesterReportInput input) {
		FieldChecks checks = new FieldChecks();
		Semester semester = null;
		if (input.semester() == null || input.semester().isBlank()) {
			checks.add("semester", "validation.required");
		}
		else {
			semester = Semester.tryParse(input.semester()).orElse(null);
			if (semester == null) {
				checks.add("semester", "report.validation.semester", input.semester());
			}
		}
		Integer male = checks.count("workersMale", input.workersMale(), MAX_WORKERS, true);
		Integer female = checks.count("workersFemale", input.workersFemale(), MAX_WORKERS, true);
		Long production = amount(checks, "productionPieces", input.productionPieces(), MAX_PIECES);
		Long capacity = amount(checks, "installedCapacity", input.installedCapacity(), MAX_PIECES);
		if (production != null && capacity != null && production > capacity) {
			checks.add("productionPieces", "report.validation.above-capacity");
		}
		Long investment = amount(checks, "investmentIdr", input.investmentIdr(), MAX_IDR);
		Long rawMaterials = amount(checks, "rawMaterialsIdr", input.rawMaterialsIdr(), MAX_IDR);
		Long salesDomestic = amount(checks, "salesDomesticIdr", input.salesDomesticIdr(), MAX_IDR);
		Long salesExport = amount(checks, "salesExportIdr", input.salesExportIdr(), MAX_IDR);
		Integer machines = checks.count("machines", input.machines(), MAX_MACHINES, true);
		checks.throwIfAny();
		return new Checked(semester, new ReportFigures(male, female, production, capacity, investment, rawMaterials,
				salesDomestic, salesExport, machines));
	}

	/**
	 * Why an officer returns a report: required, so the IKM knows what to correct.
	 *
	 * @throws id.canting.shared.InvalidInputException naming {@code reason}
	 */
	public static String reason(String reason) {
		FieldChecks checks = new FieldChecks();
		String text = checks.text("reason", reason, REASON_LENGTH, true);
		checks.throwIfAny();
		return text;
	}

	private static Long amount(FieldChecks checks, String field, Long value, long max) {
		if (value == null) {
			checks.add(field, "validation.required");
		}
		else if (value < 0) {
			checks.add(field, "validation.not-negative");
		}
		else if (value > max) {
			checks.add(field, "validation.max", max);
		}
		return value;
	}
}
