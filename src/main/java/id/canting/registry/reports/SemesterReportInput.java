package id.canting.registry.reports;

/**
 * A semester report as a person or a file states it, before any rule has looked at it: the same
 * shape for the page form, the API and the import of a spreadsheet row, so all pass through the
 * one rule set in {@link SemesterReportRules}. Field names are the ones errors name; money is in
 * rupiah, production and installed capacity in pieces over the semester.
 */
public record SemesterReportInput(String semester, Integer workersMale, Integer workersFemale, Long productionPieces,
		Long installedCapacity, Long investmentIdr, Long rawMaterialsIdr, Long salesDomesticIdr, Long salesExportIdr,
		Integer machines) {

	/** The same figures for another semester (a page or URL names the semester, the body the figures). */
	public SemesterReportInput forSemester(String otherSemester) {
		return new SemesterReportInput(otherSemester, workersMale, workersFemale, productionPieces, installedCapacity,
				investmentIdr, rawMaterialsIdr, salesDomesticIdr, salesExportIdr, machines);
	}
}
