package id.canting.registry.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.canting.shared.InvalidInputException;

class SemesterReportRulesTest {

	static SemesterReportInput aValidReport() {
		return new SemesterReportInput("2024-S1", 2, 6, 600L, 900L, 150_000_000L, 40_000_000L, 110_000_000L,
				10_000_000L, 3);
	}

	@Test
	void acceptsAValidReport() {
		SemesterReportRules.Checked checked = SemesterReportRules.check(aValidReport());
		assertThat(checked.semester()).isEqualTo(Semester.parse("2024-S1"));
		assertThat(checked.figures().workers()).isEqualTo(8);
		assertThat(checked.figures().salesExportIdr()).isEqualTo(10_000_000L);
	}

	@Test
	void acceptsZeroes() {
		assertThat(SemesterReportRules.check(new SemesterReportInput("2024-S2", 0, 1, 0L, 0L, 0L, 0L, 0L, 0L, 0))
			.figures().machines()).isZero();
	}

	@Test
	void listsEveryMissingFigureAtOnce() {
		assertThat(violations(new SemesterReportInput(null, null, null, null, null, null, null, null, null, null)))
			.containsExactly("semester:validation.required", "workersMale:validation.required",
					"workersFemale:validation.required", "productionPieces:validation.required",
					"installedCapacity:validation.required", "investmentIdr:validation.required",
					"rawMaterialsIdr:validation.required", "salesDomesticIdr:validation.required",
					"salesExportIdr:validation.required", "machines:validation.required");
	}

	@Test
	void refusesNegativeFigures() {
		assertThat(violations(new SemesterReportInput("2024-S1", -1, 6, 600L, 900L, -5L, 0L, 0L, -1L, -2)))
			.containsExactly("workersMale:validation.not-negative", "investmentIdr:validation.not-negative",
					"salesExportIdr:validation.not-negative", "machines:validation.not-negative");
	}

	@Test
	void refusesProductionAboveInstalledCapacity() {
		assertThat(violations(new SemesterReportInput("2024-S1", 2, 6, 901L, 900L, 0L, 0L, 0L, 0L, 1)))
			.containsExactly("productionPieces:report.validation.above-capacity");
	}

	@Test
	void refusesABadSemesterAndImplausiblyLargeFigures() {
		assertThat(violations(new SemesterReportInput("2024-S3", 100_001, 6, 600L, 900L, 0L, 0L,
				SemesterReportRules.MAX_IDR + 1, 0L, 1)))
			.containsExactly("semester:report.validation.semester", "workersMale:validation.max",
					"salesDomesticIdr:validation.max");
	}

	@Test
	void requiresAReasonToReturnAReport() {
		assertThat(SemesterReportRules.reason("  Penjualan ekspor tidak sesuai PEB ")).isEqualTo(
				"Penjualan ekspor tidak sesuai PEB");
		assertThat(violationsOf(() -> SemesterReportRules.reason(" "))).containsExactly("reason:validation.required");
		assertThat(violationsOf(() -> SemesterReportRules.reason("x".repeat(501))))
			.containsExactly("reason:validation.too-long");
	}

	private static List<String> violations(SemesterReportInput input) {
		return violationsOf(() -> SemesterReportRules.check(input));
	}

	private static List<String> violationsOf(Runnable rules) {
		InvalidInputException e = catchThrowableOfType(InvalidInputException.class, rules::run);
		assertThat(e).isNotNull();
		return e.violations().stream().map(v -> v.field() + ":" + v.messageKey()).toList();
	}
}
