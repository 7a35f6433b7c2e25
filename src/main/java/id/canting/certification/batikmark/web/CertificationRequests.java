package id.canting.certification.batikmark.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import id.canting.registry.Technique;

/** The JSON bodies of the certification API. */
final class CertificationRequests {

	private CertificationRequests() {
	}

	record Apply(Long ikmId, String brand, String trademarkNumber, Technique technique, String productDescription) {
	}

	record Sampling(LocalDate sampledOn, String samplingOfficer, String sampleCodes) {
	}

	record Bill(Long pnbpIdr) {
	}

	record Payment(LocalDate paidOn) {
	}

	record LabValues(BigDecimal shrinkagePercent, BigDecimal washingGrade, BigDecimal rubbingGrade) {
	}

	record Reason(String reason) {
	}

	record Visit(LocalDate visitedOn, String assessor, id.canting.certification.SurveillanceResult result, String notes,
			Boolean suspend) {
	}

	record CertificateStatusResponse(String number, String status, String statusReason, LocalDate statusChangedOn) {
	}
}
