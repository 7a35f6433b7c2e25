package id.canting.certification.batikmark.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.canting.certification.batikmark.internal.Certificate;
import id.canting.certification.batikmark.internal.Certificates;
import id.canting.certification.batikmark.internal.CertificationApplication;
import id.canting.certification.batikmark.internal.CertificationApplicationId;
import id.canting.certification.batikmark.internal.CertificationApplications;
import id.canting.certification.batikmark.internal.CertificationDocument;
import id.canting.certification.batikmark.internal.CertificationInput;
import id.canting.certification.CertificationStatus;
import id.canting.certification.batikmark.internal.Surveillance;
import id.canting.certification.batikmark.internal.SurveillanceDue;
import id.canting.certification.batikmark.internal.SurveillanceVisit;
import id.canting.certification.batikmark.web.CertificationRequests.Apply;
import id.canting.certification.batikmark.web.CertificationRequests.Bill;
import id.canting.certification.batikmark.web.CertificationRequests.CertificateStatusResponse;
import id.canting.certification.batikmark.web.CertificationRequests.LabValues;
import id.canting.certification.batikmark.web.CertificationRequests.Payment;
import id.canting.certification.batikmark.web.CertificationRequests.Reason;
import id.canting.certification.batikmark.web.CertificationRequests.Sampling;
import id.canting.certification.batikmark.web.CertificationRequests.Visit;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.web.FileDownload;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The certification workflow under {@code /api/v1/certification}: applications (apply, list, read,
 * documents), one POST per step of the certification body, certificate actions, surveillance visits
 * and the due list.
 */
@RestController
@Tag(name = "Batikmark certification", description = "Applications, the certification body's steps, certificates and surveillance")
class CertificationApiController {

	private static final String BASE = "/api/v1/certification";

	private final CertificationApplications applications;
	private final Certificates certificates;
	private final Surveillance surveillance;

	CertificationApiController(CertificationApplications applications, Certificates certificates,
			Surveillance surveillance) {
		this.applications = applications;
		this.certificates = certificates;
		this.surveillance = surveillance;
	}

	@GetMapping(BASE + "/applications")
	List<CertificationResponse> list(@RequestParam(required = false) CertificationStatus status, Actor actor) {
		var days = applications.workingDays();
		return applications.applications(actor, status).stream()
			.map(a -> CertificationResponse.of(a, applications.serviceLevel(a, days))).toList();
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping(BASE + "/applications")
	ResponseEntity<CertificationResponse> apply(@RequestBody Apply body, Actor actor) {
		CertificationApplication a = applications.apply(actor, new CertificationInput(body.ikmId(), body.brand(),
				body.trademarkNumber(), body.technique(), body.productDescription()));
		return ResponseEntity.created(URI.create(BASE + "/applications/" + a.id())).body(response(a));
	}

	@GetMapping(BASE + "/applications/{id}")
	CertificationResponse one(@PathVariable long id, Actor actor) {
		return response(applications.application(actor, new CertificationApplicationId(id)));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping(path = BASE + "/applications/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<CertificationDocument> attach(@PathVariable long id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) MultipartFile file, Actor actor) throws IOException {
		if (file == null) {
			throw new InvalidInputException(List.of(FieldViolation.of("file", "validation.required")));
		}
		CertificationDocument d = applications.attach(actor, new CertificationApplicationId(id), kind, file.getOriginalFilename(), file.getBytes());
		return ResponseEntity.created(URI.create(BASE + "/applications/" + id + "/documents/" + d.id())).body(d);
	}

	@GetMapping(BASE + "/applications/{id}/documents")
	List<CertificationDocument> documents(@PathVariable long id, Actor actor) {
		return applications.documents(actor, new CertificationApplicationId(id));
	}

	@FileDownload({ FileDownload.PDF, FileDownload.JPEG, FileDownload.PNG })
	@GetMapping(BASE + "/applications/{id}/documents/{documentId}")
	ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable long documentId, Actor actor) {
		return DocumentDownload.of(applications.download(actor, new CertificationApplicationId(id), documentId));
	}

	@PostMapping(BASE + "/applications/{id}/file-check")
	CertificationResponse checkFile(@PathVariable long id, Actor actor) {
		return response(applications.checkFile(actor, new CertificationApplicationId(id)));
	}

	@PostMapping(BASE + "/applications/{id}/sampling")
	CertificationResponse sample(@PathVariable long id, @RequestBody Sampling body, Actor actor) {
		return response(applications.sample(actor, new CertificationApplicationId(id), body.sampledOn(), body.samplingOfficer(), body.sampleCodes()));
	}

	@PostMapping(BASE + "/applications/{id}/bill")
	CertificationResponse bill(@PathVariable long id, @RequestBody Bill body, Actor actor) {
		return response(applications.bill(actor, new CertificationApplicationId(id), body.pnbpIdr()));
	}

	@PostMapping(BASE + "/applications/{id}/payment")
	CertificationResponse pay(@PathVariable long id, @RequestBody Payment body, Actor actor) {
		return response(applications.pay(actor, new CertificationApplicationId(id), body.paidOn()));
	}

	@PostMapping(BASE + "/applications/{id}/lab-results")
	CertificationResponse test(@PathVariable long id, @RequestBody LabValues body, Actor actor) {
		return response(applications.test(actor, new CertificationApplicationId(id), body.shrinkagePercent(), body.washingGrade(), body.rubbingGrade()));
	}

	@PostMapping(BASE + "/applications/{id}/issue")
	CertificationResponse issue(@PathVariable long id, Actor actor) {
		return response(applications.issue(actor, new CertificationApplicationId(id)));
	}

	@PostMapping(BASE + "/applications/{id}/reject")
	CertificationResponse reject(@PathVariable long id, @RequestBody(required = false) Reason body, Actor actor) {
		return response(applications.reject(actor, new CertificationApplicationId(id), body == null ? null : body.reason()));
	}

	@PostMapping(BASE + "/certificates/{number}/suspend")
	CertificateStatusResponse suspend(@PathVariable String number, @RequestBody(required = false) Reason body,
			Actor actor) {
		return status(certificates.suspend(actor, number, body == null ? null : body.reason()));
	}

	@PostMapping(BASE + "/certificates/{number}/reinstate")
	CertificateStatusResponse reinstate(@PathVariable String number, Actor actor) {
		return status(certificates.reinstate(actor, number));
	}

	@PostMapping(BASE + "/certificates/{number}/revoke")
	CertificateStatusResponse revoke(@PathVariable String number, @RequestBody(required = false) Reason body,
			Actor actor) {
		return status(certificates.revoke(actor, number, body == null ? null : body.reason()));
	}

	@GetMapping(BASE + "/certificates/{number}/surveillance")
	List<SurveillanceVisit> visits(@PathVariable String number, Actor actor) {
		return surveillance.visits(actor, number);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping(BASE + "/certificates/{number}/surveillance")
	ResponseEntity<SurveillanceVisit> visit(@PathVariable String number, @RequestBody Visit body, Actor actor) {
		SurveillanceVisit v = surveillance.record(actor, number, body.visitedOn(), body.assessor(), body.result(),
				body.notes(), Boolean.TRUE.equals(body.suspend()));
		return ResponseEntity.created(URI.create(BASE + "/certificates/" + v.certificateNumber() + "/surveillance"))
			.body(v);
	}

	@GetMapping(BASE + "/surveillance")
	List<SurveillanceDue> due(@RequestParam(defaultValue = "false") boolean overdue, Actor actor) {
		return surveillance.due(actor, overdue);
	}

	private CertificationResponse response(CertificationApplication a) {
		return CertificationResponse.of(a, applications.serviceLevel(a, applications.workingDays()));
	}

	private static CertificateStatusResponse status(Certificate c) {
		return new CertificateStatusResponse(c.number(), c.status().name(), c.statusReason(), c.statusChangedOn());
	}
}
