package id.canting.registry.reports;

import id.canting.registry.internal.IkmTally;
import id.canting.registry.IkmNotFoundException;
import id.canting.registry.IkmId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.registry.events.SemesterReportDrafted;
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
 * queries and the reports written in batches. All or nothing: one refused report refuses the lot.
 */
@Service
@Transactional
public class SemesterReportBatch {

	private static final int CHUNK = 1_000;

	private final SemesterReportRepository reports;
	private final ReportableIkms ikms;
	private final IkmTally tally;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SemesterReportBatch(SemesterReportRepository reports, ReportableIkms ikms, IkmTally tally, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.reports = reports;
		this.ikms = ikms;
		this.tally = tally;
		this.jdbc = jdbc;
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
		for (int i = 0; i < result.size(); i++) {
			if (advance(result.get(i), filings.get(i).outcome(), reasons.get(i),
					scopes.get(filings.get(i).ikm().value()).provinceCode(), actor.username(), now)) {
				advanced.add(i);
			}
		}
		List<SemesterReport> resaved = new ArrayList<>(advanced.size());
		reports.saveAll(advanced.stream().map(result::get).toList()).forEach(resaved::add);
		for (int i = 0; i < advanced.size(); i++) {
			result.set(advanced.get(i), resaved.get(i));
		}
		tally.accepted(resaved.stream().filter(r -> r.status() == ReportStatus.ACCEPTED).toList());
		return result;
	}

	/**
	 * Publishes the filing (it needs the new id), then takes the report through the workflow to its
	 * outcome; says whether it went beyond a draft, so needs saving again.
	 */
	private boolean advance(SemesterReport report, ReportStatus outcome, String reason, String province, String by,
			Instant now) {
		// Like a new IKM, a new report lists no field changes: the report itself holds what was filed.
		events.publishEvent(new SemesterReportDrafted(report.id(), report.ikmId(), report.semester(), province,
				List.of(), by));
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
