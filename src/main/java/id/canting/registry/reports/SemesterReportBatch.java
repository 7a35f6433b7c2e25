package id.canting.registry.reports;

import id.canting.registry.internal.IkmTally;
import id.canting.registry.IkmNotFoundException;
import id.canting.registry.IkmId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.registry.events.SemesterReportDrafted;
import id.canting.registry.events.SemesterReportsFiled;
import id.canting.registry.internal.DuplicateReportException;
import id.canting.registry.internal.ReportAccess;
import id.canting.registry.internal.ReportableIkms;
import id.canting.registry.internal.SemesterReportRepository;
import id.canting.shared.Actor;

/**
 * Files semester reports and takes each as far as asked: a draft, submitted, accepted or returned.
 * The one filing path: {@link SemesterReports#file} files one draft through it, and loads of
 * thousands (the demo data, bulk imports by an office) file many at once. Each report passes
 * the same access checks, field rules, IKM and date rules, one-per-semester rule, workflow guards and
 * events as through {@link SemesterReports}, but the IKM and existing reports are read in a few
 * queries, the reports written in batches, and the steps' events published as one
 * {@link SemesterReportsFiled}. All or nothing: one refused report refuses the lot.
 */
@Service
@Transactional
public class SemesterReportBatch {

	private static final int CHUNK = 1_000;

	private final SemesterReportRepository reports;
	private final ReportableIkms ikms;
	private final IkmTally tally;
	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SemesterReportBatch(SemesterReportRepository reports, ReportableIkms ikms, IkmTally tally, JdbcClient jdbc,
			JdbcTemplate batch, ApplicationEventPublisher events, Clock clock) {
		this.reports = reports;
		this.ikms = ikms;
		this.tally = tally;
		this.jdbc = jdbc;
		this.batch = batch;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * One report to file: the IKM, its figures, and the status it should reach ({@code DRAFT},
	 * {@code SUBMITTED}, {@code ACCEPTED}, or {@code RETURNED} with {@code returnReason}). Accepting or
	 * returning needs the office of the IKM's province, as it does one by one. No outcome means a draft.
	 */
	public record Filing(IkmId ikm, SemesterReportInput input, ReportStatus outcome, String returnReason) {

		public Filing {
			outcome = outcome == null ? ReportStatus.DRAFT : outcome;
		}
	}

	/** Files the reports in order, or none of them when any is refused. */
	public List<SemesterReport> fileAll(Actor actor, List<Filing> filings) {
		Map<Long, ReportableIkms.Scope> scopes = ikms.scopes(filings.stream().map(f -> f.ikm().value()).toList());
		Map<String, Long> existing = existingReports(List.copyOf(scopes.keySet()));
		Instant now = clock.instant();
		List<SemesterReport> drafts = new ArrayList<>(filings.size());
		List<String> reasons = new ArrayList<>(filings.size());
		for (Filing filing : filings) {
			ReportableIkms.Scope scope = scopes.get(filing.ikm().value());
			if (scope == null) {
				throw new IkmNotFoundException(filing.ikm());
			}
			if (filing.outcome() == ReportStatus.ACCEPTED || filing.outcome() == ReportStatus.RETURNED) {
				ReportAccess.requireOffice(actor, scope.provinceCode());
			}
			else {
				ReportAccess.requireOwnerOrOffice(actor, scope.provinceCode(), filing.ikm().value());
			}
			SemesterReportRules.Checked checked = SemesterReportRules.check(filing.input());
			ikms.requireReportable(scope, checked.semester());
			Long clash = existing.putIfAbsent(key(filing.ikm().value(), checked.semester().toString()), 0L);
			if (clash != null) {
				throw new DuplicateReportException(checked.semester(), clash);
			}
			reasons.add(filing.outcome() == ReportStatus.RETURNED ? SemesterReportRules.reason(filing.returnReason())
					: null);
			drafts.add(SemesterReport.draft(filing.ikm(), checked.semester(), checked.figures(), now));
		}
		List<SemesterReport> result = new ArrayList<>(filings.size());
		reports.saveAll(drafts).forEach(result::add);
		List<Integer> advanced = new ArrayList<>();
		List<Object> steps = new ArrayList<>();
		for (int i = 0; i < result.size(); i++) {
			if (advance(result.get(i), steps, filings.get(i).outcome(), reasons.get(i),
					scopes.get(filings.get(i).ikm().value()).provinceCode(), actor.username(), now)) {
				advanced.add(i);
			}
		}
		List<SemesterReport> resaved = advanced.stream().map(result::get).toList();
		saveAdvanced(resaved);
		for (SemesterReport report : resaved) {
			steps.addAll(report.takeEvents());
		}
		events.publishEvent(new SemesterReportsFiled(steps));
		tally.accepted(resaved.stream().filter(r -> r.status() == ReportStatus.ACCEPTED).toList());
		return result;
	}

	/**
	 * Notes the filing (it needs the new id), then takes the report through the workflow to its
	 * outcome; says whether it went beyond a draft, so needs saving again.
	 */
	private boolean advance(SemesterReport report, List<Object> steps, ReportStatus outcome, String reason,
			String province, String by, Instant now) {
		// Like a new IKM, a new report lists no field changes: the report itself holds what was filed.
		steps.add(new SemesterReportDrafted(report.id(), report.ikmId(), report.semester(), province, List.of(), by));
		if (outcome == ReportStatus.DRAFT) {
			return false;
		}
		report.submit(province, by, now);
		if (outcome == ReportStatus.ACCEPTED) {
			report.accept(province, by, now);
		}
		else if (outcome == ReportStatus.RETURNED) {
			report.returnForCorrection(reason, province, by, now);
		}
		return true;
	}

	/**
	 * Writes the reports' new status as ONE JDBC batch: Spring Data JDBC updates an aggregate with a
	 * statement of its own, which made filing the demo's 5,351 reports most of the first start. The
	 * version guard is the one a save checks; the reports were written a moment ago in this transaction.
	 */
	private void saveAdvanced(List<SemesterReport> advanced) {
		int[][] counts = batch.batchUpdate("""
				update semester_report set status = ?, returned_reason = ?, submitted_at = ?, decided_at = ?,
				                           decided_by = ?, updated_at = ?, version = version + 1
				where id = ? and version = ?""", advanced, CHUNK, (ps, r) -> {
			ps.setString(1, r.status().name());
			ps.setString(2, r.returnedReason());
			ps.setTimestamp(3, timestamp(r.submittedAt()));
			ps.setTimestamp(4, timestamp(r.decidedAt()));
			ps.setString(5, r.decidedBy());
			ps.setTimestamp(6, timestamp(r.updatedAt()));
			ps.setLong(7, r.id().value());
			ps.setInt(8, r.version());
		});
		int i = 0;
		for (int[] chunk : counts) {
			for (int count : chunk) {
				SemesterReport report = advanced.get(i++);
				// SUCCESS_NO_INFO (-2): the driver ran the statement without counting rows
				if (count == 0) {
					throw new OptimisticLockingFailureException("semester report " + report.id().value() + " changed meanwhile");
				}
				report.savedAs(report.version() + 1);
			}
		}
	}

	private static Timestamp timestamp(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	/** The reports these IKM already have, by IKM and semester, to refuse a second one up front. */
	private Map<String, Long> existingReports(List<Long> ikmIds) {
		Map<String, Long> existing = new HashMap<>();
		for (int from = 0; from < ikmIds.size(); from += CHUNK) {
			jdbc.sql("select id, ikm_id, semester from semester_report where ikm_id in (:ids)")
				.param("ids", ikmIds.subList(from, Math.min(ikmIds.size(), from + CHUNK)))
				.query((rs, n) -> existing.put(key(rs.getLong("ikm_id"), rs.getString("semester")), rs.getLong("id")))
				.list();
		}
		return existing;
	}

	private static String key(long ikmId, String semester) {
		return ikmId + "/" + semester;
	}
}
