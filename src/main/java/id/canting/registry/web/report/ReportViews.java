package id.canting.registry.web.report;

import org.springframework.stereotype.Component;

import id.canting.registry.internal.Compliance;
import id.canting.registry.reports.ReportFigures;
import id.canting.registry.internal.ReportSummary;
import id.canting.registry.reports.SemesterReport;
import id.canting.registry.web.RegistryViews;

/** Turns semester reports and their lists into what the API returns and pages show, adding region names. */
@Component
class ReportViews {

	private final RegistryViews names;

	ReportViews(RegistryViews names) {
		this.names = names;
	}

	ReportResponse report(SemesterReport r) {
		ReportFigures f = r.figures();
		return new ReportResponse(r.id().value(), r.ikmId().value(), r.semester().toString(), f.workersMale(),
				f.workersFemale(), f.workers(), f.productionPieces(), f.installedCapacity(), f.investmentIdr(),
				f.rawMaterialsIdr(), f.salesDomesticIdr(), f.salesExportIdr(), f.machines(), r.status().name(),
				r.returnedReason(), r.submittedAt(), r.decidedAt(), r.decidedBy(), r.createdAt(), r.updatedAt(),
				r.version());
	}

	ReportQueueItem queueItem(ReportSummary s) {
		return new ReportQueueItem(s.id(), s.ikmId(), s.ikmName(), s.regencyCode(), names.regencyName(s.regencyCode()),
				s.provinceCode(), names.provinceName(s.provinceCode()), s.sentraId(), s.sentraName(), s.semester(),
				s.workers(), s.status().name(), s.submittedAt());
	}

	ComplianceResponse compliance(Compliance c) {
		return new ComplianceResponse(c.semester().toString(), c.provinceCode(), c.activeIkm(), c.reported(),
				c.missingCount(), c.byProvince().stream().map(this::line).toList(),
				c.bySentra().stream().map(this::line).toList(), c.missing().map(this::missing));
	}

	private ComplianceResponse.Line line(Compliance.Line l) {
		return new ComplianceResponse.Line(l.provinceCode(), names.provinceName(l.provinceCode()), l.sentraId(),
				l.sentraName(), l.activeIkm(), l.reported(), l.missing());
	}

	private ComplianceResponse.MissingIkm missing(Compliance.MissingIkm m) {
		return new ComplianceResponse.MissingIkm(m.id(), m.name(), m.regencyCode(), names.regencyName(m.regencyCode()),
				m.provinceCode(), names.provinceName(m.provinceCode()), m.sentraId(), m.sentraName(),
				m.reportStatus() == null ? null : m.reportStatus().name());
	}
}
