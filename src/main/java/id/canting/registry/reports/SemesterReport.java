package id.canting.registry.reports;

import id.canting.registry.IkmId;
import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import id.canting.registry.events.SemesterReportAccepted;
import id.canting.registry.events.SemesterReportDrafted;
import id.canting.registry.events.SemesterReportReturned;
import id.canting.registry.events.SemesterReportSubmitted;
import id.canting.shared.ConflictException;
import id.canting.shared.FieldChange;

/**
 * An IKM's report for one semester and the provincial office's decision on it. It guards its own
 * workflow: figures change only in a draft or a returned report; a draft or returned report is
 * submitted; a submitted one is accepted or returned with a reason. Each step records its event.
 * The province is passed in by the facade, which reads it from the IKM, so a report follows its
 * IKM's province.
 */
@Table("semester_report")
public class SemesterReport extends AbstractAggregateRoot<SemesterReport> {

	private @Id Long id;
	private Long ikmId;
	private String semester;
	private int workersMale;
	private int workersFemale;
	private long productionPieces;
	private long installedCapacity;
	private long investmentIdr;
	private long rawMaterialsIdr;
	private long salesDomesticIdr;
	private long salesExportIdr;
	private int machines;
	private ReportStatus status;
	private String returnedReason;
	private Instant submittedAt;
	private Instant decidedAt;
	private String decidedBy;
	private Instant createdAt;
	private Instant updatedAt;
	private @Version Integer version;

	SemesterReport() {
		// for Spring Data JDBC
	}

	/** A new draft; the facade publishes its event once the database has given it an id. */
	static SemesterReport draft(IkmId ikm, Semester semester, ReportFigures figures, Instant now) {
		SemesterReport report = new SemesterReport();
		report.ikmId = ikm.value();
		report.semester = semester.toString();
		report.apply(figures);
		report.status = ReportStatus.DRAFT;
		report.createdAt = now;
		report.updatedAt = now;
		return report;
	}

	/** Replaces the figures of a draft or returned report; returns what changed. */
	List<FieldChange> update(ReportFigures figures, String provinceCode, String by, Instant now) {
		if (!status.isEditable()) {
			throw new ConflictException("report.not-editable", semester);
		}
		List<FieldChange> changes = figures.changesFrom(figures());
		if (!changes.isEmpty()) {
			apply(figures);
			updatedAt = now;
			registerEvent(new SemesterReportDrafted(id(), ikmId(), semester(), provinceCode, changes, by));
		}
		return changes;
	}

	/** Sends a draft, or a corrected returned report, to the provincial office. */
	void submit(String provinceCode, String by, Instant now) {
		if (!status.isEditable()) {
			throw new ConflictException("report.already-submitted", semester);
		}
		status = ReportStatus.SUBMITTED;
		submittedAt = now;
		updatedAt = now;
		registerEvent(new SemesterReportSubmitted(id(), ikmId(), semester(), provinceCode, by));
	}

	/** The office accepts a submitted report. */
	void accept(String provinceCode, String by, Instant now) {
		requireSubmitted();
		status = ReportStatus.ACCEPTED;
		decide(by, now);
		registerEvent(new SemesterReportAccepted(id(), ikmId(), semester(), provinceCode, by));
	}

	/** The office sends a submitted report back, saying what to correct. */
	void returnForCorrection(String reason, String provinceCode, String by, Instant now) {
		requireSubmitted();
		status = ReportStatus.RETURNED;
		returnedReason = reason;
		decide(by, now);
		registerEvent(new SemesterReportReturned(id(), ikmId(), semester(), provinceCode, reason, by));
	}

	/**
	 * The events registered since the last save, handed over once: {@link SemesterReportBatch} writes
	 * many reports with one JDBC batch instead of saving each aggregate, and publishes them itself.
	 */
	List<Object> takeEvents() {
		List<Object> events = List.copyOf(domainEvents());
		clearDomainEvents();
		return events;
	}

	/** Written by a batch update that moved the row's version on, as a save would have. */
	void savedAs(int newVersion) {
		version = newVersion;
	}

	private void requireSubmitted() {
		if (status != ReportStatus.SUBMITTED) {
			throw new ConflictException("report.not-submitted", semester);
		}
	}

	private void decide(String by, Instant now) {
		decidedBy = by;
		decidedAt = now;
		updatedAt = now;
	}

	private void apply(ReportFigures f) {
		workersMale = f.workersMale();
		workersFemale = f.workersFemale();
		productionPieces = f.productionPieces();
		installedCapacity = f.installedCapacity();
		investmentIdr = f.investmentIdr();
		rawMaterialsIdr = f.rawMaterialsIdr();
		salesDomesticIdr = f.salesDomesticIdr();
		salesExportIdr = f.salesExportIdr();
		machines = f.machines();
	}

	public ReportFigures figures() {
		return new ReportFigures(workersMale, workersFemale, productionPieces, installedCapacity, investmentIdr,
				rawMaterialsIdr, salesDomesticIdr, salesExportIdr, machines);
	}

	public SemesterReportId id() {
		return id == null ? null : new SemesterReportId(id);
	}

	public IkmId ikmId() {
		return new IkmId(ikmId);
	}

	public Semester semester() {
		return Semester.parse(semester);
	}

	public ReportStatus status() {
		return status;
	}

	/** Why the office last returned the report; shown while it is {@link ReportStatus#RETURNED}. */
	public String returnedReason() {
		return returnedReason;
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	public Instant decidedAt() {
		return decidedAt;
	}

	public String decidedBy() {
		return decidedBy;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	/** The optimistic-lock version a client must send back with an update. */
	public int version() {
		return version == null ? 0 : version;
	}
}
