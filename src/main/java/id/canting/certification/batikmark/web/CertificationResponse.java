package id.canting.certification.batikmark.web;

import java.time.LocalDate;

import id.canting.certification.batikmark.internal.CertificationApplication;
import id.canting.certification.batikmark.internal.LabResults;
import id.canting.certification.batikmark.internal.ServiceLevel;

/** A certification application as the API shows it, with its service-level clock. */
record CertificationResponse(long id, long ikmId, String ikmName, String provinceCode, String brand,
		String trademarkNumber, String technique, String productDescription, String status, LocalDate receivedOn,
		LocalDate fileCheckedOn, LocalDate sampledOn, String samplingOfficer, String sampleCodes, Long pnbpIdr,
		LocalDate billedOn, LocalDate paidOn, LabResults labResults, LocalDate testedOn, LocalDate decidedOn,
		String decidedBy, String rejectionReason, String certificateNumber, Integer serviceLevelWorkingDays,
		int serviceLevelLimit, boolean serviceLevelOverdue) {

	static CertificationResponse of(CertificationApplication a, ServiceLevel sla) {
		return new CertificationResponse(a.id(), a.ikmId(), a.ikmName(), a.provinceCode(), a.brand(),
				a.trademarkNumber(), a.technique().name(), a.productDescription(), a.status().name(), a.receivedOn(),
				a.fileCheckedOn(), a.sampledOn(), a.samplingOfficer(), a.sampleCodes(), a.pnbpIdr(), a.billedOn(),
				a.paidOn(), a.labResults(), a.testedOn(), a.decidedOn(), a.decidedBy(), a.rejectionReason(),
				a.certificateNumber(), sla.workingDays(), sla.limit(), sla.overdue());
	}
}
