package id.canting.development.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.development.DevelopmentWeightsChanged;
import id.canting.development.FacilitiesReplaced;
import id.canting.development.RevitalisationProjectRecorded;
import id.canting.development.SentraLocationSet;
import id.canting.development.SentraNeedListed;
import id.canting.development.SentraNeedMet;
import id.canting.development.SentraPhotoAdded;
import id.canting.development.internal.DevelopmentView.MembersCapacity;
import id.canting.programme.SentraBenefits;
import id.canting.registry.IkmFilter;
import id.canting.registry.IkmId;
import id.canting.registry.IkmSummary;
import id.canting.registry.ProducerFacts;
import id.canting.registry.RecordStatus;
import id.canting.registry.RegistryQueries;
import id.canting.registry.Sentra;
import id.canting.registry.SentraId;
import id.canting.registry.SentraManagement;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.FieldChange;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.NotFoundException;
import id.canting.shared.PageRequest;
import id.canting.shared.files.DocumentType;
import id.canting.shared.files.DocumentUploads;
import id.canting.shared.files.FileStore;

/**
 * A sentra's development: its page's facts and score, and every change to its facilities, location,
 * needs, projects and photos, and to the score's weights. Each change is checked by
 * {@link DevelopmentRules}, allowed by {@link DevelopmentAccess}, and published as an event (which the
 * audit trail records in the same transaction).
 */
@Service
@Transactional
public class SentraDevelopment {

	private final SentraManagement sentras;
	private final RegistryQueries registry;
	private final DevelopmentStore store;
	private final SentraScores scores;
	private final SentraBenefits benefits;
	private final DocumentUploads uploads;
	private final FileStore files;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SentraDevelopment(SentraManagement sentras, RegistryQueries registry, DevelopmentStore store, SentraScores scores,
			SentraBenefits benefits, DocumentUploads uploads, FileStore files, ApplicationEventPublisher events,
			Clock clock) {
		this.sentras = sentras;
		this.registry = registry;
		this.store = store;
		this.scores = scores;
		this.benefits = benefits;
		this.uploads = uploads;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	/** The sentra's development as the reader (an officer or admin) sees it. */
	@Transactional(readOnly = true)
	public DevelopmentView view(Actor actor, SentraId id) {
		DevelopmentAccess.checkRead(actor);
		Sentra sentra = sentras.sentra(id);
		Map<Long, List<IkmSummary>> members = scores.activeMembers(null, id.value());
		MemberFigures figures = scores.figures(members).getOrDefault(id.value(), MemberFigures.NONE);
		List<SentraFacility> facilities = store.facilities(id.value());
		ScoreWeights weights = store.weights();
		return new DevelopmentView(id.value(), sentra.details().code(), sentra.name(), sentra.regencyCode(),
				sentra.provinceCode(), SentraScores.score(weights, facilities, figures), weights, facilities,
				store.location(id.value()).orElse(SentraLocation.UNKNOWN), store.needs(id.value()),
				store.projects(id.value()), benefits.of(id.value()),
				capacity(id, members.getOrDefault(id.value(), List.of()), figures), store.photos(id.value()),
				DevelopmentAccess.canWrite(actor, sentra));
	}

	/** The sentra's facilities, in the order they were listed. */
	@Transactional(readOnly = true)
	public List<SentraFacility> facilities(Actor actor, SentraId id) {
		DevelopmentAccess.checkRead(actor);
		sentras.sentra(id);
		return store.facilities(id.value());
	}

	/** Whether the actor may change this sentra's development (for pages to offer the forms). */
	@Transactional(readOnly = true)
	public boolean canEdit(Actor actor, SentraId id) {
		return DevelopmentAccess.canWrite(actor, sentras.sentra(id));
	}

	/** Replaces the sentra's list of facilities with these lines (an empty list clears it). */
	public List<SentraFacility> replaceFacilities(Actor actor, SentraId id, List<FacilityLine> lines) {
		Sentra sentra = writable(actor, id);
		List<SentraFacility> accepted = DevelopmentRules.facilities(lines);
		List<SentraFacility> before = store.facilities(id.value());
		List<FieldChange> changes = changes(before, accepted);
		if (!changes.isEmpty()) {
			store.replaceFacilities(id.value(), accepted, actor.username(), now());
			events.publishEvent(new FacilitiesReplaced(id, sentra.provinceCode(), changes, actor.username()));
		}
		return accepted;
	}

	/** Sets (or, with both null, clears) the sentra's coordinates. */
	public SentraLocation setLocation(Actor actor, SentraId id, BigDecimal latitude, BigDecimal longitude) {
		Sentra sentra = writable(actor, id);
		SentraLocation location = DevelopmentRules.location(latitude, longitude);
		SentraLocation before = store.location(id.value()).orElse(SentraLocation.UNKNOWN);
		List<FieldChange> changes = new ArrayList<>();
		FieldChange.addIfChanged(changes, "latitude", before.latitude(), location.latitude());
		FieldChange.addIfChanged(changes, "longitude", before.longitude(), location.longitude());
		if (!changes.isEmpty()) {
			store.setLocation(id.value(), location, actor.username(), now());
			events.publishEvent(new SentraLocationSet(id, sentra.provinceCode(), changes, actor.username()));
		}
		return location;
	}

	public SentraNeed listNeed(Actor actor, SentraId id, String description, NeedPriority priority) {
		Sentra sentra = writable(actor, id);
		String text = DevelopmentRules.need(description, priority);
		long needId = store.insertNeed(id.value(), text, priority, actor.username(), now());
		events.publishEvent(new SentraNeedListed(needId, id, sentra.provinceCode(),
				priority + ": " + abbreviated(text), actor.username()));
		return store.need(needId).orElseThrow();
	}

	/** Marks an open need of this sentra met; a need already met is a conflict. */
	public SentraNeed markNeedMet(Actor actor, SentraId id, long needId) {
		Sentra sentra = writable(actor, id);
		SentraNeed need = store.need(needId).filter(n -> n.sentraId() == id.value())
			.orElseThrow(() -> new NotFoundException("development.need.not-found", needId));
		if (!store.markMet(need.id(), actor.username(), now())) {
			throw new ConflictException("development.need.already-met", needId);
		}
		events.publishEvent(new SentraNeedMet(needId, id, sentra.provinceCode(), actor.username()));
		return store.need(needId).orElseThrow();
	}

	/**
	 * Records a revitalisation project. A linked application must be one of the programmes' benefits to
	 * this sentra, and recorded once.
	 */
	public RevitalisationProject recordProject(Actor actor, SentraId id, ProjectInput input) {
		Sentra sentra = writable(actor, id);
		DevelopmentRules.project(input, LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Jakarta"))));
		if (input.applicationId() != null) {
			boolean benefit = benefits.of(id.value()).stream().anyMatch(b -> b.applicationId() == input.applicationId());
			if (!benefit) {
				throw new InvalidInputException(List.of(FieldViolation.of("applicationId",
						"development.validation.project.application", input.applicationId())));
			}
			if (store.hasProjectFor(input.applicationId())) {
				throw new InvalidInputException(List.of(FieldViolation.of("applicationId",
						"development.validation.project.application-recorded", input.applicationId())));
			}
		}
		long projectId = store.insertProject(id.value(), input, actor.username(), now());
		events.publishEvent(new RevitalisationProjectRecorded(projectId, id, sentra.provinceCode(), summary(input),
				actor.username()));
		return store.projects(id.value()).stream().filter(p -> p.id() == projectId).findFirst().orElseThrow();
	}

	/** Keeps a photo (JPEG or PNG) of the sentra with an optional caption. */
	public SentraPhoto addPhoto(Actor actor, SentraId id, String fileName, byte[] content, String caption) {
		Sentra sentra = writable(actor, id);
		String text = caption == null || caption.isBlank() ? null : caption.strip();
		if (text != null && text.length() > DevelopmentRules.NAME_LENGTH) {
			throw new InvalidInputException(List.of(FieldViolation.of("caption", "validation.too-long",
					DevelopmentRules.NAME_LENGTH, text.length())));
		}
		if (content != null && content.length > 0 && DocumentType.of(content).filter(t -> t != DocumentType.PDF).isEmpty()) {
			throw new InvalidInputException(List.of(FieldViolation.of("file", "development.validation.photo.type")));
		}
		DocumentUploads.StoredDocument stored = uploads.store(fileName, content);
		long photoId = store.insertPhoto(id.value(), stored.storageKey(), stored.type().mediaType(), text,
				actor.username(), now());
		events.publishEvent(new SentraPhotoAdded(photoId, id, sentra.provinceCode(), text, actor.username()));
		return store.photo(photoId).orElseThrow();
	}

	/** A photo's bytes, for an officer or admin. */
	@Transactional(readOnly = true)
	public PhotoContent photo(Actor actor, SentraId id, long photoId) {
		DevelopmentAccess.checkRead(actor);
		SentraPhoto photo = store.photo(photoId).filter(p -> p.sentraId() == id.value())
			.orElseThrow(() -> new NotFoundException("development.photo.not-found", photoId));
		try {
			return new PhotoContent(photo.contentType(), files.open(store.photoKey(photo.id())).readAllBytes());
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** A photo's bytes and media type. */
	public record PhotoContent(String contentType, byte[] bytes) {
	}

	@Transactional(readOnly = true)
	public ScoreWeights weights(Actor actor) {
		DevelopmentAccess.checkRead(actor);
		return store.weights();
	}

	/** Replaces the current weights (admins only); every part must be given. */
	public ScoreWeights changeWeights(Actor actor, Map<ScorePart, Integer> given) {
		DevelopmentAccess.checkAdmin(actor);
		ScoreWeights weights = DevelopmentRules.weights(given);
		ScoreWeights before = store.weights();
		List<FieldChange> changes = new ArrayList<>();
		for (ScorePart part : ScorePart.values()) {
			if (before.of(part) != weights.of(part)) {
				changes.add(new FieldChange(part.name(), String.valueOf(before.of(part)), String.valueOf(weights.of(part))));
				store.setWeight(part, weights.of(part), actor.username(), now());
			}
		}
		if (!changes.isEmpty()) {
			events.publishEvent(new DevelopmentWeightsChanged(changes, actor.username()));
		}
		return weights;
	}

	private Sentra writable(Actor actor, SentraId id) {
		Sentra sentra = sentras.sentra(id);
		DevelopmentAccess.checkWrite(actor, sentra);
		return sentra;
	}

	private MembersCapacity capacity(SentraId id, List<IkmSummary> active, MemberFigures figures) {
		Map<String, Integer> techniques = new TreeMap<>();
		active.forEach(m -> m.techniques().forEach(t -> techniques.merge(t.name(), 1, Integer::sum)));
		long capacity = registry.producerFacts(active.stream().map(m -> new IkmId(m.id())).toList()).stream()
			.map(ProducerFacts::capacityPerMonth).filter(Objects::nonNull).mapToLong(Integer::longValue).sum();
		Map<String, Integer> categories = new TreeMap<>();
		registry.catalogue(new IkmFilter(null, null, id.value(), null, null, null, null, RecordStatus.ACTIVE, null),
				new PageRequest(0, PageRequest.MAX_SIZE, "name", true)).content()
			.forEach(e -> e.categories().forEach(c -> categories.merge(c.name(), 1, Integer::sum)));
		return new MembersCapacity(figures.active(), figures.certified(), figures.assessed(), figures.workers(), capacity,
				techniques, categories);
	}

	/** Per facility line (kind and, for equipment, name): what it was and what it is. */
	static List<FieldChange> changes(List<SentraFacility> before, List<SentraFacility> after) {
		Map<String, String> was = new java.util.LinkedHashMap<>();
		before.forEach(f -> was.put(field(f.key()), f.count() + " " + f.condition()));
		Map<String, String> now = new java.util.LinkedHashMap<>();
		after.forEach(f -> now.put(field(f.key()), f.count() + " " + f.condition()));
		List<FieldChange> changes = new ArrayList<>();
		now.forEach((key, value) -> FieldChange.addIfChanged(changes, key, was.get(key), value));
		was.keySet().stream().filter(key -> !now.containsKey(key))
			.forEach(key -> changes.add(new FieldChange(key, was.get(key), null)));
		if (changes.isEmpty() && !before.equals(after)) {
			changes.add(new FieldChange("order", null, null));
		}
		return changes;
	}

	/** The audit keeps field names of at most 60 characters. */
	private static String field(String key) {
		return key.length() <= 60 ? key : key.substring(0, 59) + "…";
	}

	private static String summary(ProjectInput p) {
		return p.providedOn() + " Rp" + p.costIdr() + " " + abbreviated(p.provided())
				+ (p.facilityKind() == null ? "" : " [" + p.facilityKind() + " " + p.conditionBefore() + " → " + p.conditionAfter() + "]")
				+ (p.applicationId() == null ? "" : " #" + p.applicationId());
	}

	private static String abbreviated(String text) {
		String t = text.strip();
		return t.length() <= 120 ? t : t.substring(0, 119) + "…";
	}

	private Instant now() {
		return clock.instant();
	}
}
