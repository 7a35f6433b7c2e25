package id.canting.programme.application.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.programme.AttachmentAdded;
import id.canting.programme.application.Application;
import id.canting.programme.application.ApplicationId;
import id.canting.programme.application.ApplicationManagement;
import id.canting.programme.application.ApplicationStatus;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.files.DocumentUploads;
import id.canting.shared.files.FileStore;

/**
 * Documents attached to applications (proposal, owner's ID, NIB, invoices, photos). Only PDF, JPEG
 * and PNG are accepted, recognised by their content, up to {@code canting.attachments.max-size}. The
 * bytes go to the {@link FileStore} first and the record second; if the transaction rolls back, the
 * stored file is deleted again, so no record points nowhere and no orphan stays behind.
 */
@Service
@Transactional
public class ApplicationAttachments {

	private static final String COLUMNS = """
			select id, application_id, kind, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at
			 from application_attachment""";

	private final ApplicationManagement applications;
	private final DocumentUploads uploads;
	private final FileStore files;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ApplicationAttachments(ApplicationManagement applications, DocumentUploads uploads, FileStore files,
			JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.applications = applications;
		this.uploads = uploads;
		this.files = files;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Attaches a document while the application is open (before a decision, or approved and not yet
	 * closed: invoices and photos come during realisation), by its applicant or its verifier.
	 *
	 * @throws InvalidInputException naming {@code file} (empty, too big, not PDF/JPEG/PNG) or {@code kind}
	 */
	public Attachment attach(Actor actor, ApplicationId applicationId, String kind, String fileName, byte[] content) {
		Application application = applications.visible(actor, applicationId);
		ApplicationAccess.requireApplicant(actor, application); // the applicant, its province's officer, ministry staff
		ApplicationStatus status = application.status();
		if (status == ApplicationStatus.CLOSED || status == ApplicationStatus.WITHDRAWN
				|| status == ApplicationStatus.REJECTED) {
			throw new ApplicationTransitionException("attach", status);
		}
		AttachmentKind attachmentKind = kindOf(kind);
		DocumentUploads.StoredDocument stored = uploads.store(fileName, content);
		String name = stored.fileName();
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into application_attachment (application_id, kind, file_name, content_type, size_bytes, sha256,
				 storage_key, uploaded_by, uploaded_at)
				 values (:application, :kind, :name, :type, :size, :sha, :key, :by, :at)""")
			.param("application", applicationId.value())
			.param("kind", attachmentKind.name())
			.param("name", name)
			.param("type", stored.type().mediaType())
			.param("size", stored.sizeBytes())
			.param("sha", stored.sha256())
			.param("key", stored.storageKey())
			.param("by", actor.username())
			.param("at", Timestamp.from(clock.instant()))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		events.publishEvent(new AttachmentAdded(applicationId.value(), application.programmeId().value(),
				application.provinceCode(), id, name, attachmentKind.name(), actor.username()));
		return attachment(id);
	}

	/** The largest document accepted, in megabytes, for forms to say. */
	public long maxSizeMegabytes() {
		return uploads.maxSizeMegabytes();
	}

	/** The documents of an application the caller may see, oldest first. */
	@Transactional(readOnly = true)
	public List<Attachment> attachments(Actor actor, ApplicationId applicationId) {
		applications.visible(actor, applicationId);
		return jdbc.sql(COLUMNS + " where application_id = :a order by id").param("a", applicationId.value())
			.query(ApplicationAttachments::row).list();
	}

	/** One document's record and its bytes, for those who may see the application. */
	@Transactional(readOnly = true)
	public Download download(Actor actor, ApplicationId applicationId, long attachmentId) {
		applications.visible(actor, applicationId);
		var found = jdbc.sql(COLUMNS + " where application_id = :a and id = :id")
			.param("a", applicationId.value()).param("id", attachmentId).query(ApplicationAttachments::row).optional()
			.orElseThrow(() -> new AttachmentNotFoundException(attachmentId));
		String key = jdbc.sql("select storage_key from application_attachment where id = :id").param("id", attachmentId)
			.query(String.class).single();
		try {
			return new Download(found, files.open(key));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A document to send: its record and an open stream the caller closes. */
	public record Download(Attachment attachment, InputStream content) {
	}

	private Attachment attachment(long id) {
		return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(ApplicationAttachments::row).single();
	}

	private static AttachmentKind kindOf(String kind) {
		try {
			return AttachmentKind.valueOf(kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw invalid("kind", "validation.one-of", String.join(", ",
					java.util.Arrays.stream(AttachmentKind.values()).map(Enum::name).toList()));
		}
	}

	private static InvalidInputException invalid(String field, String key, Object... args) {
		return new InvalidInputException(List.of(FieldViolation.of(field, key, args)));
	}

	private static Attachment row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Attachment(rs.getLong(1), rs.getLong(2), AttachmentKind.valueOf(rs.getString(3)), rs.getString(4),
				rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant());
	}
}
