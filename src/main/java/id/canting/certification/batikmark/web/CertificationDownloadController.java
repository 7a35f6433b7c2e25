package id.canting.certification.batikmark.web;

import java.io.IOException;
import java.util.List;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.certification.CertificationStatus;
import id.canting.certification.batikmark.internal.CertificateStatus;
import id.canting.certification.batikmark.internal.CertificateVerification;
import id.canting.certification.batikmark.internal.CertificationApplications;
import id.canting.certification.batikmark.internal.RegisterFilter;
import id.canting.certification.batikmark.internal.Surveillance;
import id.canting.certification.batikmark.internal.SurveillanceDue;
import id.canting.region.Province;
import id.canting.region.Regions;
import id.canting.registry.Technique;
import id.canting.shared.Actor;
import id.canting.shared.PageRequest;
import id.canting.shared.table.AllPages;
import id.canting.shared.table.TableDefinition;
import id.canting.shared.table.TableDownloads;
import id.canting.shared.table.DownloadParams;
import id.canting.shared.table.TableRequest;
import id.canting.shared.web.FileDownload;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Batikmark's tables as CSV or XLSX ({@code ?format=csv|xlsx&lang=id|en}), each from its page and
 * the API with the page's filters: the certification queue (what the reader may see of it), the
 * surveillance due list and the public register of certificates.
 */
@RestController
@Tag(name = "Batikmark certification")
class CertificationDownloadController {

	static final TableDefinition<CertificationResponse> QUEUE = TableDefinition
		.<CertificationResponse>of("batikmark-applications", "certification.queue.title")
		.number("certification.col.id", CertificationResponse::id)
		.text("certification.col.ikm", CertificationResponse::ikmName)
		.text("certification.field.brand", CertificationResponse::brand)
		.label("certification.field.technique", "technique.", CertificationResponse::technique)
		.label("field.status", "certification.status.", CertificationResponse::status)
		.date("certification.field.receivedOn", CertificationResponse::receivedOn)
		.number("certification.col.sla", CertificationResponse::serviceLevelWorkingDays)
		.label("certification.sla.overdue", "table.flag.", r -> r.serviceLevelOverdue())
		.text("certification.field.certificate", CertificationResponse::certificateNumber);

	static final TableDefinition<RegisterEntry> REGISTER = TableDefinition
		.<RegisterEntry>of("certificates", "register.title")
		.text("register.field.number", RegisterEntry::number)
		.text("verify.field.brand", RegisterEntry::brand)
		.text("verify.field.ikm", RegisterEntry::ikmName)
		.text("field.regency", RegisterEntry::regency)
		.text("field.province", RegisterEntry::province)
		.label("verify.field.technique", "technique.", RegisterEntry::technique)
		.label("register.field.status", "verify.status.", RegisterEntry::status)
		.date("verify.field.issued", RegisterEntry::issuedOn)
		.date("verify.field.valid-until", RegisterEntry::validUntil);

	private final CertificationApplications applications;
	private final Surveillance surveillance;
	private final CertificateVerification verification;
	private final TableDownloads downloads;
	private final TableDefinition<SurveillanceDue> due;

	CertificationDownloadController(CertificationApplications applications, Surveillance surveillance,
			CertificateVerification verification, TableDownloads downloads, Regions regions) {
		this.applications = applications;
		this.surveillance = surveillance;
		this.verification = verification;
		this.downloads = downloads;
		this.due = TableDefinition.<SurveillanceDue>of("surveillance", "certification.surveillance.title")
			.text("certification.field.certificate", SurveillanceDue::number)
			.text("certification.col.ikm", SurveillanceDue::ikmName)
			.text("field.province", d -> regions.province(d.provinceCode()).map(Province::displayName)
				.orElse(d.provinceCode()))
			.text("certification.field.brand", SurveillanceDue::brand)
			.date("verify.field.issued", SurveillanceDue::issuedOn)
			.date("verify.field.valid-until", SurveillanceDue::validUntil)
			.number("certification.surveillance.visits", SurveillanceDue::visits)
			.date("certification.surveillance.next-due", SurveillanceDue::nextDue)
			.label("certification.surveillance.overdue", "table.flag.", SurveillanceDue::overdue);
	}

	@FileDownload({ FileDownload.CSV, FileDownload.XLSX })
	@GetMapping({ "/certification/applications/export", "/api/v1/certification/applications/export" })
	void queue(@RequestParam(required = false) CertificationStatus status, @ParameterObject @ModelAttribute DownloadParams download, Actor actor, HttpServletResponse response) throws IOException {
		TableRequest request = download.request();
		var days = applications.workingDays();
		List<CertificationResponse> rows = applications.applications(actor, status).stream()
			.map(a -> CertificationResponse.of(a, applications.serviceLevel(a, days))).toList();
		downloads.send(response, request, QUEUE, rows);
	}

	@FileDownload({ FileDownload.CSV, FileDownload.XLSX })
	@GetMapping({ "/certification/surveillance/export", "/api/v1/certification/surveillance/export" })
	void surveillance(@RequestParam(defaultValue = "false") boolean overdue,
			@ParameterObject @ModelAttribute DownloadParams download, Actor actor,
			HttpServletResponse response) throws IOException {
		TableRequest request = download.request();
		downloads.send(response, request, due, surveillance.due(actor, overdue));
	}

	@FileDownload({ FileDownload.CSV, FileDownload.XLSX })
	@GetMapping({ "/certificates/export", "/api/v1/certificates/export" })
	void register(@RequestParam(required = false) CertificateStatus status,
			@RequestParam(required = false) Technique technique, @RequestParam(required = false) String province,
			@RequestParam(required = false) String regency, @RequestParam(required = false) String q,
			@RequestParam(required = false) String sort, @ParameterObject @ModelAttribute DownloadParams download, HttpServletResponse response) throws IOException {
		TableRequest request = download.request();
		RegisterFilter filter = RegisterFilter.of(status, technique, province, regency, q);
		PageRequest sorted = PageRequest.of(0, 20, sort, CertificateVerification.SORTS.keySet(), "number");
		downloads.send(response, request, REGISTER,
				AllPages.of(sorted, page -> verification.register(filter, page).map(RegisterEntry::of)));
	}
}
