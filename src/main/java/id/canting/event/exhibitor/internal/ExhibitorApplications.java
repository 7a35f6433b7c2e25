package id.canting.event.exhibitor.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.certification.BatikmarkStandings;
import id.canting.event.EventCode;
import id.canting.event.EventView;
import id.canting.event.Events;
import id.canting.event.ExhibitorApplicationChanged;
import id.canting.event.exhibitor.ExhibitorApplicationId;
import id.canting.event.exhibitor.ExhibitorStatus;
import id.canting.registry.Ikm;
import id.canting.registry.IkmDetails;
import id.canting.registry.IkmId;
import id.canting.registry.IkmManagement;
import id.canting.registry.SentraId;
import id.canting.registry.SentraManagement;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.FieldViolation;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.NotFoundException;
import id.canting.shared.Role;
import id.canting.shared.RuleRefusedException;
import id.canting.shared.files.DocumentType;
import id.canting.shared.files.DocumentUploads;
import id.canting.shared.files.FileStore;

/**
 * The exhibitor applications' workflow: an owner applies for their IKM while the event's call is open
 * (once per IKM and event), edits and submits; an officer of the IKM's province (or an admin) endorses or
 * declines; curators (admins) score endorsed applications on the event's criteria.
 */
@Service
@Transactional
public class ExhibitorApplications {

	private final ExhibitorApplicationRepository applications;
	private final Events events;
	private final IkmManagement ikms;
	private final SentraManagement sentras;
	private final BatikmarkStandings batikmark;
	private final CurationCriteria criteria;
	private final DocumentUploads uploads;
	private final FileStore files;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final ApplicationEventPublisher publisher;

	ExhibitorApplications(ExhibitorApplicationRepository applications, Events events, IkmManagement ikms,
			SentraManagement sentras, BatikmarkStandings batikmark, CurationCriteria criteria, DocumentUploads uploads,
			FileStore files, JdbcClient jdbc, Clock clock, ApplicationEventPublisher publisher) {
		this.applications = applications;
		this.events = events;
		this.ikms = ikms;
		this.sentras = sentras;
		this.batikmark = batikmark;
		this.criteria = criteria;
		this.uploads = uploads;
		this.files = files;
		this.jdbc = jdbc;
		this.clock = clock;
		this.publisher = publisher;
	}

	/**
	 * A draft application of the owner's IKM ({@code input.ikmId}, or their only IKM).
	 *
	 * @throws RuleRefusedException ({@code exhibitor.call-closed}) outside the event's call for exhibitors
	 * @throws ConflictException ({@code exhibitor.duplicate}) when the IKM already applied to this event
	 */
	public ExhibitorApplication apply(Actor actor, EventCode code, ExhibitorInput input) {
		if (actor.role() != Role.IKM_OWNER) {
			throw new ForbiddenException("exhibitor.forbidden.owner");
		}
		long ikmId = ikmOf(actor, input);
		ExhibitorAccess.requireOwner(actor, ikmId);
		EventView event = requireOpenCall(code);
		ExhibitorRules.checked(input);
		applications.findByEventCodeAndIkmId(event.code().value(), ikmId).ifPresent(existing -> {
			throw new ConflictException("exhibitor.duplicate", existing.ikmName(), event.name());
		});
		return create(event, ikmId, input, actor.username());
	}

	/** The demo's way in: the same rules as {@link #apply} except the window (its events lie in the past). */
	public ExhibitorApplication applyAsDemo(EventView event, long ikmId, ExhibitorInput input, String by) {
		return create(event, ikmId, ExhibitorRules.checked(input), by);
	}

	private ExhibitorApplication create(EventView event, long ikmId, ExhibitorInput input, String by) {
		ExhibitorApplication saved = applications.save(ExhibitorApplication.draft(event.code().value(), facts(ikmId), input,
				by, clock.instant()));
		publisher.publishEvent(new ExhibitorApplicationChanged(saved.id().value(), saved.eventCode(), saved.ikmId(),
				saved.provinceCode(), "CREATED", saved.ikmName(), by));
		return saved;
	}

	public ExhibitorApplication update(Actor actor, ExhibitorApplicationId id, int expectedVersion, ExhibitorInput input) {
		ExhibitorApplication application = load(id);
		ExhibitorAccess.requireOwner(actor, application.ikmId());
		requireOpenCall(new EventCode(application.eventCode()));
		requireVersion(application, expectedVersion);
		application.update(ExhibitorRules.checked(input), facts(application.ikmId()), actor.username(), clock.instant());
		return applications.save(application);
	}

	public ExhibitorApplication submit(Actor actor, ExhibitorApplicationId id) {
		ExhibitorApplication application = load(id);
		ExhibitorAccess.requireOwner(actor, application.ikmId());
		requireOpenCall(new EventCode(application.eventCode()));
		application.submit(actor.username(), clock.instant());
		return applications.save(application);
	}

	/** Submits without the owner and window checks, for the demo data. */
	public ExhibitorApplication submitAsDemo(ExhibitorApplication application, String by) {
		application.submit(by, clock.instant());
		return applications.save(application);
	}

	public ExhibitorApplication endorse(Actor actor, ExhibitorApplicationId id) {
		ExhibitorApplication application = load(id);
		ExhibitorAccess.requireOfficerOf(actor, application.provinceCode());
		application.endorse(actor.username(), clock.instant());
		return applications.save(application);
	}

	public ExhibitorApplication decline(Actor actor, ExhibitorApplicationId id, String reason) {
		ExhibitorApplication application = load(id);
		ExhibitorAccess.requireOfficerOf(actor, application.provinceCode());
		application.decline(ExhibitorRules.checkedReason(reason), actor.username(), clock.instant());
		return applications.save(application);
	}

	/**
	 * Records a curator's points (0–10 per criterion of the event) and recomputes the application's
	 * score: per curator the weighted mean of their points, then the mean over curators, to 2 decimals.
	 */
	public ExhibitorApplication score(Actor actor, ExhibitorApplicationId id, Map<Criterion, Integer> points) {
		ExhibitorAccess.requireCurator(actor);
		ExhibitorApplication application = load(id);
		Map<Criterion, Integer> weights = criteria.weights(new EventCode(application.eventCode()));
		ExhibitorRules.checkedPoints(points, weights);
		application.requireStatus(ExhibitorStatus.ENDORSED);
		Instant now = clock.instant();
		jdbc.sql("delete from exhibitor_score where application_id = :id and curator = :curator")
			.param("id", id.value()).param("curator", actor.username()).update();
		points.forEach((criterion, value) -> {
			if (weights.getOrDefault(criterion, 0) > 0) {
				jdbc.sql("insert into exhibitor_score (application_id, curator, criterion, points, scored_at)"
						+ " values (:id, :curator, :criterion, :points, :at)").param("id", id.value())
					.param("curator", actor.username()).param("criterion", criterion.name()).param("points", value)
					.param("at", Timestamp.from(now)).update();
			}
		});
		application.scored(scoreOf(id, weights), actor.username(), now);
		return applications.save(application);
	}

	/** The mean over curators of each curator's weighted mean of points, to 2 decimals (null when none scored). */
	BigDecimal scoreOf(ExhibitorApplicationId id, Map<Criterion, Integer> weights) {
		Map<String, long[]> byCurator = new HashMap<>();
		jdbc.sql("select curator, criterion, points from exhibitor_score where application_id = :id").param("id", id.value())
			.query(rs -> {
				int weight = weights.getOrDefault(Criterion.valueOf(rs.getString("criterion")), 0);
				long[] sums = byCurator.computeIfAbsent(rs.getString("curator"), k -> new long[2]);
				sums[0] += (long) weight * rs.getInt("points");
				sums[1] += weight;
			});
		List<BigDecimal> perCurator = new ArrayList<>();
		byCurator.values().stream().filter(sums -> sums[1] > 0)
			.forEach(sums -> perCurator.add(BigDecimal.valueOf(sums[0]).divide(BigDecimal.valueOf(sums[1]), 10,
					RoundingMode.HALF_UP)));
		if (perCurator.isEmpty()) {
			return null;
		}
		return perCurator.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(perCurator.size()), 2, RoundingMode.HALF_UP);
	}

	/**
	 * Adds a photo (JPEG or PNG, at most the upload limit) to a draft; at most {@link ExhibitorRules#MAX_PHOTOS}.
	 *
	 * @throws InvalidInputException naming {@code photo} when empty, too big, not an image or one too many
	 */
	public ExhibitorPhoto addPhoto(Actor actor, ExhibitorApplicationId id, String fileName, byte[] content) {
		ExhibitorApplication application = load(id);
		ExhibitorAccess.requireOwner(actor, application.ikmId());
		if (photos(id).size() >= ExhibitorRules.MAX_PHOTOS) {
			throw new InvalidInputException(List.of(FieldViolation.of("photo", "exhibitor.validation.photos.max",
					ExhibitorRules.MAX_PHOTOS)));
		}
		if (content != null && content.length > 0 && DocumentType.of(content).orElse(null) == DocumentType.PDF) {
			throw new InvalidInputException(List.of(FieldViolation.of("photo", "exhibitor.validation.photo.type")));
		}
		DocumentUploads.StoredDocument stored;
		try {
			stored = uploads.store(fileName, content);
		}
		catch (InvalidInputException e) {
			throw new InvalidInputException(e.violations().stream()
				.map(v -> new FieldViolation("photo", v.messageKey(), v.arguments())).toList());
		}
		Instant now = clock.instant();
		application.photoAdded(stored.fileName(), actor.username(), now);
		applications.save(application);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into exhibitor_photo (application_id, file_name, content_type, size_bytes, sha256,"
				+ " storage_key, uploaded_by, uploaded_at) values (:app, :name, :type, :size, :sha, :key, :by, :at)")
			.param("app", id.value()).param("name", stored.fileName()).param("type", stored.type().mediaType())
			.param("size", stored.sizeBytes()).param("sha", stored.sha256()).param("key", stored.storageKey())
			.param("by", actor.username()).param("at", Timestamp.from(now)).update(key, "id");
		return new ExhibitorPhoto(key.getKey().longValue(), stored.fileName(), stored.type().mediaType(), stored.sizeBytes());
	}

	/** One photo's record and its bytes, for those who may see the application (owner, its province's officers, admins). */
	@Transactional(readOnly = true)
	public PhotoDownload photo(Actor actor, ExhibitorApplicationId id, long photoId) {
		application(actor, id);
		ExhibitorPhoto photo = photos(id).stream().filter(p -> p.id() == photoId).findFirst()
			.orElseThrow(() -> new NotFoundException("exhibitor.photo.not-found", photoId));
		String key = jdbc.sql("select storage_key from exhibitor_photo where id = :id").param("id", photoId)
			.query(String.class).single();
		try {
			return new PhotoDownload(photo, files.open(key));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A photo to send: its record and an open stream the caller closes. */
	public record PhotoDownload(ExhibitorPhoto photo, InputStream content) {
	}

	@Transactional(readOnly = true)
	public List<ExhibitorPhoto> photos(ExhibitorApplicationId id) {
		return jdbc.sql("select id, file_name, content_type, size_bytes from exhibitor_photo where application_id = :id"
				+ " order by id").param("id", id.value())
			.query((rs, n) -> new ExhibitorPhoto(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"),
					rs.getLong("size_bytes")))
			.list();
	}

	@Transactional(readOnly = true)
	public ExhibitorApplication application(Actor actor, ExhibitorApplicationId id) {
		ExhibitorApplication application = load(id);
		ExhibitorAccess.requireRead(actor, application);
		return application;
	}

	/** The event's applications the actor may see: all for admins, the province's for officers, their own for owners. */
	@Transactional(readOnly = true)
	public List<ExhibitorApplication> list(Actor actor, EventCode code) {
		if (events.find(code).isEmpty()) {
			throw new NotFoundException("exhibitor.event.not-found", code.value());
		}
		return applications.findByEventCodeOrderByIkmName(code.value()).stream()
			.filter(a -> actor.isAdmin() || actor.isOfficerOf(a.provinceCode()) || actor.ownsIkm(a.ikmId()))
			.toList();
	}

	/** The owner's own application to an event, if any. */
	@Transactional(readOnly = true)
	public List<ExhibitorApplication> ownApplications(Actor actor, EventCode code) {
		return applications.findByEventCodeOrderByIkmName(code.value()).stream().filter(a -> actor.ownsIkm(a.ikmId()))
			.toList();
	}

	/** Each curator's points on an application, for the curation page. */
	@Transactional(readOnly = true)
	public Map<String, Map<Criterion, Integer>> points(ExhibitorApplicationId id) {
		Map<String, Map<Criterion, Integer>> points = new HashMap<>();
		jdbc.sql("select curator, criterion, points from exhibitor_score where application_id = :id").param("id", id.value())
			.query(rs -> {
				points.computeIfAbsent(rs.getString("curator"), k -> new EnumMap<>(Criterion.class))
					.put(Criterion.valueOf(rs.getString("criterion")), rs.getInt("points"));
			});
		return points;
	}

	ExhibitorApplication load(ExhibitorApplicationId id) {
		return applications.findById(id.value())
			.orElseThrow(() -> new NotFoundException("exhibitor.not-found", id.value()));
	}

	private EventView requireOpenCall(EventCode code) {
		EventView event = events.find(code).orElseThrow(() -> new NotFoundException("exhibitor.event.not-found", code.value()));
		if (!event.hasExhibitorCall()) {
			throw new RuleRefusedException("exhibitor.no-call", event.name());
		}
		if (!event.exhibitorCallOpenOn(events.now().toLocalDate())) {
			throw new RuleRefusedException("exhibitor.call-closed", event.name(), event.exhibitorCallOpens().toString(),
					event.exhibitorCallCloses().toString());
		}
		return event;
	}

	private static void requireVersion(ExhibitorApplication application, int expected) {
		if (application.version() != expected) {
			throw new ConflictException("problem.stale-version");
		}
	}

	private long ikmOf(Actor actor, ExhibitorInput input) {
		if (input.ikmId() != null) {
			return input.ikmId();
		}
		if (actor.ikmIds().size() == 1) {
			return actor.ikmIds().iterator().next();
		}
		throw new InvalidInputException(List.of(FieldViolation.of("ikmId", "validation.required")));
	}

	private ExhibitorApplication.IkmFacts facts(long ikmId) {
		Ikm ikm = ikms.ikm(Actor.SYSTEM, new IkmId(ikmId));
		IkmDetails d = ikm.details();
		String sentraName = d.sentraId() == null ? null : sentras.sentra(new SentraId(d.sentraId())).name();
		return new ExhibitorApplication.IkmFacts(ikmId, d.name(), ikm.provinceCode(), d.regencyCode(), d.sentraId(),
				sentraName, d.kind(), d.ownerGender(), d.categories(), d.techniques(), batikmark.of(ikmId));
	}
}
