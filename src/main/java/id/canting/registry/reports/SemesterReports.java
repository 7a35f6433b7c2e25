package id.canting.registry.reports;

import id.canting.registry.internal.IkmTally;
import id.canting.registry.IkmId;
import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.registry.internal.ReportAccess;
import id.canting.registry.internal.ReportNotFoundException;
import id.canting.registry.internal.ReportPermissions;
import id.canting.registry.internal.ReportableIkms;
import id.canting.registry.internal.SemesterReportRepository;
import id.canting.registry.internal.StaleVersionException;
import id.canting.shared.Actor;

/**
 * Files semester reports and carries them through review: the IKM (or its provincial office on its
 * behalf) files, corrects and submits; the office accepts or returns. Who may act is checked first,
 * then the field rules ({@link SemesterReportRules}), then the rules that need the IKM and the date;
 * the aggregate guards the workflow. A refused request writes nothing; every change is an event.
 */
@Service
@Transactional
public class SemesterReports {

	private final SemesterReportRepository reports;
	private final SemesterReportBatch batch;
	private final ReportableIkms ikms;
	private final IkmTally tally;
	private final Clock clock;

	SemesterReports(SemesterReportRepository reports, SemesterReportBatch batch, ReportableIkms ikms, IkmTally tally,
			Clock clock) {
		this.reports = reports;
		this.batch = batch;
		this.ikms = ikms;
		this.tally = tally;
		this.clock = clock;
	}

	/** Files a new draft report for the semester the input names; one per IKM and semester. */
	public SemesterReport file(Actor actor, IkmId ikm, SemesterReportInput input) {
		return batch.fileAll(actor, List.of(new SemesterReportBatch.Filing(ikm, input, ReportStatus.DRAFT, null)))
			.get(0);
	}

	/**
	 * Corrects the figures of a draft or returned report. {@code expectedVersion} is the version the
	 * client read; if someone saved in between, the edit is refused rather than overwriting theirs.
	 */
	public SemesterReport update(Actor actor, IkmId ikm, Semester semester, int expectedVersion,
			SemesterReportInput input) {
		ReportableIkms.Scope scope = ikms.scope(ikm);
		ReportAccess.requireOwnerOrOffice(actor, scope.provinceCode(), ikm.value());
		SemesterReport report = load(ikm, semester);
		if (report.version() != expectedVersion) {
			throw new StaleVersionException(expectedVersion, report.version());
		}
		ReportFigures figures = SemesterReportRules.check(input.forSemester(semester.toString())).figures();
		report.update(figures, scope.provinceCode(), actor.username(), clock.instant());
		return reports.save(report);
	}

	/** Sends a draft or corrected report to the provincial office. */
	public SemesterReport submit(Actor actor, IkmId ikm, Semester semester) {
		ReportableIkms.Scope scope = ikms.scope(ikm);
		ReportAccess.requireOwnerOrOffice(actor, scope.provinceCode(), ikm.value());
		SemesterReport report = load(ikm, semester);
		report.submit(scope.provinceCode(), actor.username(), clock.instant());
		return reports.save(report);
	}

	/** The office of the IKM's province (or an admin) accepts a submitted report. */
	public SemesterReport accept(Actor actor, IkmId ikm, Semester semester) {
		ReportableIkms.Scope scope = ikms.scope(ikm);
		ReportAccess.requireOffice(actor, scope.provinceCode());
		SemesterReport report = load(ikm, semester);
		report.accept(scope.provinceCode(), actor.username(), clock.instant());
		SemesterReport accepted = reports.save(report);
		tally.accepted(List.of(accepted));
		return accepted;
	}

	/** The office returns a submitted report for correction, saying why. */
	public SemesterReport returnForCorrection(Actor actor, IkmId ikm, Semester semester, String reason) {
		ReportableIkms.Scope scope = ikms.scope(ikm);
		ReportAccess.requireOffice(actor, scope.provinceCode());
		String why = SemesterReportRules.reason(reason);
		SemesterReport report = load(ikm, semester);
		report.returnForCorrection(why, scope.provinceCode(), actor.username(), clock.instant());
		return reports.save(report);
	}

	/** One report, for those who may read the IKM's reports. */
	@Transactional(readOnly = true)
	public SemesterReport report(Actor actor, IkmId ikm, Semester semester) {
		ReportAccess.requireOwnerOrOffice(actor, ikms.scope(ikm).provinceCode(), ikm.value());
		return load(ikm, semester);
	}

	/** The IKM's reports, latest semester first. */
	@Transactional(readOnly = true)
	public List<SemesterReport> reportsOf(Actor actor, IkmId ikm) {
		ReportAccess.requireOwnerOrOffice(actor, ikms.scope(ikm).provinceCode(), ikm.value());
		return reports.findByIkmIdOrderBySemesterDesc(ikm.value());
	}

	/** What the actor may do with the IKM's reports (the same rules the methods above enforce). */
	@Transactional(readOnly = true)
	public ReportPermissions permissions(Actor actor, IkmId ikm) {
		String province = ikms.scope(ikm).provinceCode();
		return new ReportPermissions(ReportAccess.mayFile(actor, province, ikm.value()),
				ReportAccess.mayDecide(actor, province));
	}

	/** The semester running today: reports can be filed for it and any before it. */
	public Semester currentSemester() {
		return ikms.currentSemester();
	}

	private SemesterReport load(IkmId ikm, Semester semester) {
		return reports.findByIkmIdAndSemester(ikm.value(), semester.toString())
			.orElseThrow(() -> new ReportNotFoundException(ikm, semester));
	}
}
