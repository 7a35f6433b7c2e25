package id.canting.registry.reports;

import id.canting.registry.IkmId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import id.canting.registry.events.SemesterReportAccepted;
import id.canting.registry.events.SemesterReportDrafted;
import id.canting.registry.events.SemesterReportReturned;
import id.canting.registry.events.SemesterReportSubmitted;
import id.canting.shared.ConflictException;
import id.canting.shared.FieldChange;

/** The report's workflow guards itself: which step is allowed from which status, and what each records. */
class SemesterReportTest {

	static final Instant NOW = Instant.parse("2024-07-15T03:00:00Z");
	static final ReportFigures FIGURES = SemesterReportRules.check(SemesterReportRulesTest.aValidReport()).figures();

	@Test
	void aDraftIsSubmittedThenAccepted() {
		SemesterReport report = saved(SemesterReport.draft(new IkmId(7), Semester.parse("2024-S1"), FIGURES, NOW));
		assertThat(report.status()).isEqualTo(ReportStatus.DRAFT);

		report.submit("33", "owner", NOW.plusSeconds(60));
		report.accept("33", "officer.33", NOW.plusSeconds(120));

		assertThat(report.status()).isEqualTo(ReportStatus.ACCEPTED);
		assertThat(report.submittedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(report.decidedBy()).isEqualTo("officer.33");
		assertThat(events(report)).containsExactly(
				new SemesterReportSubmitted(report.id(), new IkmId(7), Semester.parse("2024-S1"), "33", "owner"),
				new SemesterReportAccepted(report.id(), new IkmId(7), Semester.parse("2024-S1"), "33", "officer.33"));
	}

	@Test
	void aReturnedReportIsCorrectedAndSubmittedAgain() {
		SemesterReport report = submitted();
		report.returnForCorrection("Ekspor tidak sesuai PEB", "33", "officer.33", NOW);
		assertThat(report.status()).isEqualTo(ReportStatus.RETURNED);
		assertThat(report.returnedReason()).isEqualTo("Ekspor tidak sesuai PEB");

		ReportFigures corrected = new ReportFigures(2, 6, 600, 900, 150_000_000, 40_000_000, 120_000_000, 0, 3);
		List<FieldChange> changes = report.update(corrected, "33", "owner", NOW);
		report.submit("33", "owner", NOW);

		assertThat(changes).containsExactly(new FieldChange("salesDomesticIdr", "110000000", "120000000"),
				new FieldChange("salesExportIdr", "10000000", "0"));
		assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
		assertThat(events(report)).hasSize(4).element(1).isInstanceOf(SemesterReportReturned.class);
		assertThat(events(report).get(2)).isEqualTo(new SemesterReportDrafted(report.id(), new IkmId(7),
				Semester.parse("2024-S1"), "33", changes, "owner"));
	}

	@Test
	void anUnchangedUpdateRecordsNothing() {
		SemesterReport report = saved(SemesterReport.draft(new IkmId(7), Semester.parse("2024-S1"), FIGURES, NOW));
		assertThat(report.update(FIGURES, "33", "owner", NOW)).isEmpty();
		assertThat(events(report)).isEmpty();
	}

	@Test
	void figuresChangeOnlyInADraftOrReturnedReport() {
		SemesterReport report = submitted();
		assertThatThrownBy(() -> report.update(FIGURES, "33", "owner", NOW)).isInstanceOf(ConflictException.class)
			.hasMessage("report.not-editable");
		report.accept("33", "officer.33", NOW);
		assertThatThrownBy(() -> report.update(FIGURES, "33", "owner", NOW)).isInstanceOf(ConflictException.class);
	}

	@Test
	void onlyASubmittedReportIsAcceptedOrReturned() {
		SemesterReport draft = saved(SemesterReport.draft(new IkmId(7), Semester.parse("2024-S1"), FIGURES, NOW));
		assertThatThrownBy(() -> draft.accept("33", "officer.33", NOW)).isInstanceOf(ConflictException.class)
			.hasMessage("report.not-submitted");
		assertThatThrownBy(() -> draft.returnForCorrection("x", "33", "officer.33", NOW))
			.isInstanceOf(ConflictException.class);

		SemesterReport accepted = submitted();
		accepted.accept("33", "officer.33", NOW);
		assertThatThrownBy(() -> accepted.accept("33", "officer.33", NOW)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> accepted.returnForCorrection("x", "33", "officer.33", NOW))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void aSubmittedOrAcceptedReportIsNotSubmittedAgain() {
		SemesterReport report = submitted();
		assertThatThrownBy(() -> report.submit("33", "owner", NOW)).isInstanceOf(ConflictException.class)
			.hasMessage("report.already-submitted");
		report.accept("33", "officer.33", NOW);
		assertThatThrownBy(() -> report.submit("33", "owner", NOW)).isInstanceOf(ConflictException.class);
	}

	private static SemesterReport submitted() {
		SemesterReport report = saved(SemesterReport.draft(new IkmId(7), Semester.parse("2024-S1"), FIGURES, NOW));
		report.submit("33", "owner", NOW);
		return report;
	}

	/** As the repository leaves it: with an id. */
	private static SemesterReport saved(SemesterReport report) {
		ReflectionTestUtils.setField(report, "id", 41L);
		return report;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> events(SemesterReport report) {
		return List.copyOf((Collection<Object>) ReflectionTestUtils.invokeMethod(report, "domainEvents"));
	}
}
