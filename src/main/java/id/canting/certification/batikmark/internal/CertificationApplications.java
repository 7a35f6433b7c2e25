package id.canting.certification.batikmark.internal;

import id.canting.shared.CodeLabel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.StreamSupport;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.certification.CertificationDocumentAdded;
import id.canting.certification.CertificationStatus;
import id.canting.registry.Ikm;
import id.canting.registry.IkmId;
import id.canting.registry.IkmManagement;
import id.canting.registry.Technique;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.NotFoundException;
import id.canting.shared.Role;
import id.canting.shared.RuleRefusedException;
import id.canting.shared.files.DocumentUploads;
import id.canting.shared.files.FileStore;

/**
 * Batikmark applications: an IKM's owner (for the own IKM), an officer (for an IKM of the province)
 * or ministry staff apply for a product line and attach its documents; the certification body
 * (ASSESSOR, or ministry staff) takes each step of the workflow, judges the lab results against the
 * limits of the technique's standard and finally issues the certificate through {@link Certificates}
 * or rejects the application. Applicants, their province's officers, assessors and ministry staff
 * see an application; others get 404. Documents are PDF, JPEG or PNG recognised by their content, up
 * to {@code canting.attachments.max-size}; a stored file whose record rolls back is deleted again.
 */
@Service
@Transactional
public class CertificationApplications {

	private static final String DOCUMENT_COLUMNS = """
			select id, application_id, kind, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at
			 from certification_document""";

	private final CertificationApplicationRepository applications;
	private final Certificates certificates;
	private final IkmManagement ikms;
	private final DocumentUploads uploads;
	private final FileStore files;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final int serviceLevelDays;

	CertificationApplications(CertificationApplicationRepository applications, Certificates certificates,
			IkmManagement ikms, DocumentUploads uploads, FileStore files, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock,
			@Value("${canting.certification.service-level-days:30}") int serviceLevelDays) {
		this.applications = applications;
		this.certificates = certificates;
		this.ikms = ikms;
		this.uploads = uploads;
		this.files = files;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.serviceLevelDays = serviceLevelDays;
	}

	/**
	 * Receives an application for a product line of an IKM the caller may apply for.
	 *
	 * @throws InvalidInputException naming ikmId, brand, trademarkNumber, technique or productDescription
	 * @throws RuleRefusedException when the IKM does not practise the technique (422)
	 */
	public CertificationApplication apply(Actor actor, CertificationInput input) {
		if (!(actor.isAdmin() || actor.role() == Role.OFFICER || actor.role() == Role.IKM_OWNER)) {
			throw new ForbiddenException("certification.forbidden.apply");
		}
		if (input.ikmId() == null) {
			throw new InvalidInputException(List.of(FieldViolation.of("ikmId", "validation.required")));
		}
		Ikm ikm = ikms.ikm(Actor.SYSTEM, new IkmId(input.ikmId()));
		if (!(actor.isAdmin() || actor.ownsIkm(input.ikmId()) || actor.isOfficerOf(ikm.provinceCode()))) {
			throw new ForbiddenException("certification.forbidden.apply");
		}
		List<FieldViolation> violations = new ArrayList<>();
		text(violations, "brand", input.brand(), 120);
		text(violations, "trademarkNumber", input.trademarkNumber(), 60);
		if (input.technique() == null) {
			violations.add(FieldViolation.of("technique", "validation.required"));
		}
		text(violations, "productDescription", input.productDescription(), 2000);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		if (!ikm.details().techniques().contains(input.technique())) {
			throw new RuleRefusedException("certification.rule.technique", ikm.name(), CodeLabel.of("technique.", input.technique()));
		}
		CertificationApplication a = applications.save(CertificationApplication.receive(input, ikm.name(),
				ikm.provinceCode(), today(), actor.username(), clock.instant()));
		a.applied(actor.username());
		return applications.save(a);
	}

	/** An application the caller may see (404 otherwise). */
	@Transactional(readOnly = true)
	public CertificationApplication application(Actor actor, CertificationApplicationId id) {
		CertificationApplication a = applications.findById(id.value())
			.orElseThrow(() -> new CertificationApplicationNotFoundException(id.value()));
		if (!maysee(actor, a)) {
			throw new CertificationApplicationNotFoundException(id.value());
		}
		return a;
	}

	/**
	 * The applications the caller may see, with this status or all, oldest first: the work queue of
	 * the certification body, an officer's province, an owner's own IKM.
	 */
	@Transactional(readOnly = true)
	public List<CertificationApplication> applications(Actor actor, CertificationStatus status) {
		String where = " where 1 = 1";
		var sql = new StringBuilder("select id from certification_application");
		if (actor.isAdmin() || actor.role() == Role.ASSESSOR) {
			sql.append(where);
		}
		else if (actor.role() == Role.OFFICER) {
			sql.append(where).append(" and province_code = :province");
		}
		else if (actor.role() == Role.IKM_OWNER) {
			if (actor.ikmIds().isEmpty()) {
				return List.of();
			}
			sql.append(where).append(" and ikm_id in (:ikms)");
		}
		else {
			throw new ForbiddenException("certification.forbidden.list");
		}
		if (status != null) {
			sql.append(" and status = :status");
		}
		var query = jdbc.sql(sql.append(" order by id").toString());
		if (actor.role() == Role.OFFICER) {
			query = query.param("province", actor.provinceCode());
		}
		if (actor.role() == Role.IKM_OWNER) {
			query = query.param("ikms", List.copyOf(actor.ikmIds()));
		}
		if (status != null) {
			query = query.param("status", status.name());
		}
		List<Long> ids = query.query(Long.class).list();
		return StreamSupport.stream(applications.findAllById(ids).spliterator(), false)
			.sorted(Comparator.comparing(CertificationApplication::id)).toList();
	}

	/** Attaches a document while the application is not decided, by its applicant, officer or assessor. */
	public CertificationDocument attach(Actor actor, CertificationApplicationId id, String kind, String fileName, byte[] content) {
		CertificationApplication a = application(actor, id);
		if (!(actor.isAdmin() || actor.role() == Role.ASSESSOR || actor.isOfficerOf(a.provinceCode())
				|| actor.ownsIkm(a.ikmId()))) {
			throw new ForbiddenException("certification.forbidden.attach");
		}
		if (a.status().isDecided()) {
			throw new id.canting.shared.ConflictException("certification.transition.attach", id.value(), CodeLabel.of("certification.status.", a.status()));
		}
		DocumentKind documentKind = kindOf(kind);
		DocumentUploads.StoredDocument stored = uploads.store(fileName, content);
		String name = stored.fileName();
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into certification_document (application_id, kind, file_name, content_type, size_bytes, sha256,
				 storage_key, uploaded_by, uploaded_at)
				 values (:application, :kind, :name, :type, :size, :sha, :key, :by, :at)""")
			.param("application", id.value()).param("kind", documentKind.name()).param("name", name)
			.param("type", stored.type().mediaType()).param("size", stored.sizeBytes()).param("sha", stored.sha256())
			.param("key", stored.storageKey()).param("by", actor.username()).param("at", Timestamp.from(clock.instant()))
			.update(keys, "id");
		long documentId = keys.getKey().longValue();
		events.publishEvent(new CertificationDocumentAdded(id.value(), a.provinceCode(), documentId, documentKind.name(), name,
				actor.username()));
		return jdbc.sql(DOCUMENT_COLUMNS + " where id = :id").param("id", documentId)
			.query(CertificationApplications::document).single();
	}

	/** The documents of an application the caller may see, oldest first. */
	@Transactional(readOnly = true)
	public List<CertificationDocument> documents(Actor actor, CertificationApplicationId id) {
		application(actor, id);
		return jdbc.sql(DOCUMENT_COLUMNS + " where application_id = :a order by id").param("a", id.value())
			.query(CertificationApplications::document).list();
	}

	/** One document and its bytes (an open stream the caller closes). */
	@Transactional(readOnly = true)
	public Download download(Actor actor, CertificationApplicationId id, long documentId) {
		application(actor, id);
		CertificationDocument d = jdbc.sql(DOCUMENT_COLUMNS + " where application_id = :a and id = :id")
			.param("a", id.value()).param("id", documentId).query(CertificationApplications::document).optional()
			.orElseThrow(() -> new NotFoundException("certification.document.not-found", documentId));
		String key = jdbc.sql("select storage_key from certification_document where id = :id").param("id", documentId)
			.query(String.class).single();
		try {
			return new Download(d, files.open(key));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A document to send: its record and an open stream. */
	public record Download(CertificationDocument document, InputStream content) {
	}

	/** The documents the file check needs that are missing, in their order. */
	@Transactional(readOnly = true)
	public List<DocumentKind> missingDocuments(CertificationApplicationId id) {
		Set<DocumentKind> present = new HashSet<>();
		jdbc.sql("select distinct kind from certification_document where application_id = :a").param("a", id.value())
			.query(String.class).list().forEach(k -> present.add(DocumentKind.valueOf(k)));
		return Arrays.stream(DocumentKind.values()).filter(k -> !present.contains(k)).toList();
	}

	/** RECEIVED → FILE_CHECKED: every document is there (422 naming the missing ones otherwise). */
	public CertificationApplication checkFile(Actor actor, CertificationApplicationId id) {
		CertificationApplication a = forStep(actor, id.value());
		List<DocumentKind> missing = missingDocuments(id);
		if (a.status() == CertificationStatus.RECEIVED && !missing.isEmpty()) {
			throw new RuleRefusedException("certification.rule.documents-missing",
					String.join(", ", missing.stream().map(Enum::name).toList()));
		}
		a.checkFile(today(), actor.username(), clock.instant());
		return applications.save(a);
	}

	/** FILE_CHECKED → SAMPLED: the sampling date (not in the future), the officer and the sample codes. */
	public CertificationApplication sample(Actor actor, CertificationApplicationId id, LocalDate sampledOn, String officer, String codes) {
		CertificationApplication a = forStep(actor, id.value());
		List<FieldViolation> violations = new ArrayList<>();
		pastDate(violations, "sampledOn", sampledOn);
		text(violations, "samplingOfficer", officer, 200);
		text(violations, "sampleCodes", codes, 500);
		throwIfAny(violations);
		a.sample(sampledOn, officer.strip(), codes.strip(), actor.username(), clock.instant());
		return applications.save(a);
	}

	/** SAMPLED → BILLED: the PNBP fee in rupiah, more than zero. */
	public CertificationApplication bill(Actor actor, CertificationApplicationId id, Long amountIdr) {
		CertificationApplication a = forStep(actor, id.value());
		if (amountIdr == null) {
			throw new InvalidInputException(List.of(FieldViolation.of("pnbpIdr", "validation.required")));
		}
		if (amountIdr <= 0 || amountIdr > 1_000_000_000L) {
			throw new InvalidInputException(
					List.of(FieldViolation.of("pnbpIdr", "certification.validation.range", 1, 1_000_000_000L)));
		}
		a.bill(amountIdr, today(), actor.username(), clock.instant());
		return applications.save(a);
	}

	/** BILLED → PAID: the day of payment, not in the future nor before the bill. */
	public CertificationApplication pay(Actor actor, CertificationApplicationId id, LocalDate paidOn) {
		CertificationApplication a = forStep(actor, id.value());
		List<FieldViolation> violations = new ArrayList<>();
		pastDate(violations, "paidOn", paidOn);
		throwIfAny(violations);
		a.pay(paidOn, actor.username(), clock.instant());
		return applications.save(a);
	}

	/** PAID → TESTED: the three lab values, judged against the limits of the technique's standard. */
	public CertificationApplication test(Actor actor, CertificationApplicationId id, BigDecimal shrinkagePercent, BigDecimal washingGrade,
			BigDecimal rubbingGrade) {
		CertificationApplication a = forStep(actor, id.value());
		List<FieldViolation> violations = new ArrayList<>();
		range(violations, "shrinkagePercent", shrinkagePercent, BigDecimal.ZERO, BigDecimal.valueOf(100));
		range(violations, "washingGrade", washingGrade, BigDecimal.ONE, BigDecimal.valueOf(5));
		range(violations, "rubbingGrade", rubbingGrade, BigDecimal.ONE, BigDecimal.valueOf(5));
		throwIfAny(violations);
		a.test(limit(a.technique()).judge(shrinkagePercent, washingGrade, rubbingGrade), today(), actor.username(),
				clock.instant());
		return applications.save(a);
	}

	/** TESTED → ISSUED: every test passed (422 otherwise); the certificate is issued today and linked. */
	public CertificationApplication issue(Actor actor, CertificationApplicationId id) {
		CertificationApplication a = forStep(actor, id.value());
		a.requireIssuable();
		Certificate certificate = certificates.issue(actor, new IkmId(a.ikmId()), a.brand(), a.technique(), today(), a.id());
		a.issued(certificate, today(), actor.username(), clock.instant());
		return applications.save(a);
	}

	/** Any step before the decision → REJECTED, with the reason. */
	public CertificationApplication reject(Actor actor, CertificationApplicationId id, String reason) {
		CertificationApplication a = forStep(actor, id.value());
		List<FieldViolation> violations = new ArrayList<>();
		text(violations, "reason", reason, 1000);
		throwIfAny(violations);
		a.reject(reason.strip(), today(), actor.username(), clock.instant());
		return applications.save(a);
	}

	/** The limits of a technique's standard (table certification_lab_limit). */
	@Transactional(readOnly = true)
	public LabLimit limit(Technique technique) {
		return jdbc.sql("""
				select standard, max_shrinkage_percent, min_washing_grade, min_rubbing_grade
				 from certification_lab_limit where technique = :t""")
			.param("t", technique.name())
			.query((rs, n) -> new LabLimit(technique, rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
					rs.getBigDecimal(4)))
			.single();
	}

	/** Working days without the configured public holidays (table certification_holiday). */
	@Transactional(readOnly = true)
	public WorkingDays workingDays() {
		return new WorkingDays(new HashSet<>(jdbc.sql("select holiday_on from certification_holiday")
			.query((rs, n) -> rs.getDate(1).toLocalDate()).list()));
	}

	/** An application's service-level clock today. */
	public ServiceLevel serviceLevel(CertificationApplication a, WorkingDays days) {
		return a.serviceLevel(days, today(), serviceLevelDays);
	}

	/** Whether the caller may take the certification body's steps. */
	public static boolean mayAssess(Actor actor) {
		return actor.isAdmin() || actor.role() == Role.ASSESSOR;
	}

	/** The largest document accepted, in megabytes. */
	public long maxSizeMegabytes() {
		return uploads.maxSizeMegabytes();
	}

	public LocalDate today() {
		return certificates.today();
	}

	/** The statuses whose step the assessor takes next (not decided). */
	public static Set<CertificationStatus> pending() {
		return EnumSet.complementOf(EnumSet.of(CertificationStatus.ISSUED, CertificationStatus.REJECTED));
	}

	private CertificationApplication forStep(Actor actor, long id) {
		CertificationApplication a = application(actor, new CertificationApplicationId(id));
		if (!mayAssess(actor)) {
			throw new ForbiddenException("certification.forbidden.assess");
		}
		return a;
	}

	private static boolean maysee(Actor actor, CertificationApplication a) {
		return mayAssess(actor) || actor.isOfficerOf(a.provinceCode()) || actor.ownsIkm(a.ikmId());
	}

	private void pastDate(List<FieldViolation> violations, String field, LocalDate day) {
		if (day == null) {
			violations.add(FieldViolation.of(field, "validation.required"));
		}
		else if (day.isAfter(today())) {
			violations.add(FieldViolation.of(field, "certification.validation.future", day));
		}
	}

	private static void text(List<FieldViolation> violations, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			violations.add(FieldViolation.of(field, "validation.required"));
		}
		else if (value.strip().length() > max) {
			violations.add(FieldViolation.of(field, "validation.too-long", max, value.strip().length()));
		}
	}

	private static void range(List<FieldViolation> violations, String field, BigDecimal value, BigDecimal min,
			BigDecimal max) {
		if (value == null) {
			violations.add(FieldViolation.of(field, "validation.required"));
		}
		else if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
			violations.add(FieldViolation.of(field, "certification.validation.range", min, max));
		}
	}

	private static void throwIfAny(List<FieldViolation> violations) {
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

	private static DocumentKind kindOf(String kind) {
		try {
			return DocumentKind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw invalid("kind", "validation.one-of",
					String.join(", ", Arrays.stream(DocumentKind.values()).map(Enum::name).toList()));
		}
	}

	private static InvalidInputException invalid(String field, String key, Object... args) {
		return new InvalidInputException(List.of(FieldViolation.of(field, key, args)));
	}

	private static CertificationDocument document(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new CertificationDocument(rs.getLong(1), rs.getLong(2), DocumentKind.valueOf(rs.getString(3)),
				rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8),
				rs.getTimestamp(9).toInstant());
	}
}
