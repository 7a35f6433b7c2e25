package id.canting.event.exhibitor.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.event.EventCode;
import id.canting.event.EventView;
import id.canting.event.Events;
import id.canting.event.ExhibitorSelectionPublished;
import id.canting.event.exhibitor.ExhibitorStatus;
import id.canting.registry.ProductCategory;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.NotFoundException;

/**
 * The curators' work on an event's endorsed and scored applications: a proposal by {@link CurationSolver},
 * a check of a selection changed by hand, and publishing it (once per event), which marks every endorsed
 * application SELECTED or NOT_SELECTED. Applications without a score yet take no part.
 */
@Service
@Transactional
public class Curation {

	private final ExhibitorApplicationRepository applications;
	private final Events events;
	private final CurationSolver solver;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final ApplicationEventPublisher publisher;

	Curation(ExhibitorApplicationRepository applications, Events events, CurationSolver solver, JdbcClient jdbc,
			Clock clock, ApplicationEventPublisher publisher) {
		this.applications = applications;
		this.events = events;
		this.solver = solver;
		this.jdbc = jdbc;
		this.clock = clock;
		this.publisher = publisher;
	}

	/** A proposal and how many endorsed applications were left aside for want of a score. */
	public record Result(Proposal proposal, int unscored) {
	}

	/** What was published for an event. */
	public record Published(CurationConstraints constraints, BigDecimal totalScore, String by, java.time.Instant at) {
	}

	/**
	 * The selection that maximises the total score under {@code constraints}.
	 *
	 * @throws CurationInfeasibleException when no selection meets them, with each shortfall
	 * @throws ConflictException ({@code exhibitor.curation.published}) once the event's curation is published
	 */
	@Transactional(readOnly = true)
	public Result propose(Actor actor, EventCode code, CurationConstraints constraints) {
		ExhibitorAccess.requireCurator(actor);
		EventView event = event(code);
		requireNotPublished(event);
		constraints.checked();
		List<ExhibitorApplication> endorsed = endorsed(code);
		List<Applicant> applicants = applicants(event, endorsed);
		return new Result(solver.propose(applicants, constraints), endorsed.size() - applicants.size());
	}

	/** Every constraint a selection (application ids) breaks; empty when it may be published. */
	@Transactional(readOnly = true)
	public List<CurationCheck.Violation> check(Actor actor, EventCode code, CurationConstraints constraints,
			Set<Long> selected) {
		ExhibitorAccess.requireCurator(actor);
		EventView event = event(code);
		constraints.checked();
		List<Applicant> applicants = applicants(event, endorsed(code));
		requireKnown(applicants, selected);
		return CurationCheck.violations(applicants, selected, constraints);
	}

	/**
	 * Publishes the selection: SELECTED for the chosen, NOT_SELECTED for every other endorsed application.
	 *
	 * @throws CurationViolationsException listing every broken constraint (nothing changes)
	 */
	public Published publish(Actor actor, EventCode code, CurationConstraints constraints, Set<Long> selected) {
		ExhibitorAccess.requireCurator(actor);
		EventView event = event(code);
		requireNotPublished(event);
		constraints.checked();
		List<ExhibitorApplication> endorsed = endorsed(code);
		List<Applicant> applicants = applicants(event, endorsed);
		requireKnown(applicants, selected);
		List<CurationCheck.Violation> violations = CurationCheck.violations(applicants, selected, constraints);
		if (!violations.isEmpty()) {
			throw new CurationViolationsException(violations);
		}
		BigDecimal total = BigDecimal.ZERO;
		for (ExhibitorApplication application : endorsed) {
			boolean chosen = selected.contains(application.id().value());
			if (chosen) {
				total = total.add(application.score());
			}
			application.decide(chosen, actor.username(), clock.instant());
			applications.save(application);
		}
		jdbc.sql("""
				insert into exhibitor_curation (event_code, booths, min_provinces, prison_unit_places, max_per_sentra,
				    category_minimums, total_score, published_by, published_at)
				values (:code, :booths, :provinces, :prison, :sentra, :categories, :total, :by, :at)""")
			.param("code", code.value()).param("booths", constraints.booths())
			.param("provinces", constraints.minProvinces()).param("prison", constraints.prisonUnitPlaces())
			.param("sentra", constraints.maxPerSentra()).param("categories", categories(constraints))
			.param("total", total).param("by", actor.username()).param("at", Timestamp.from(clock.instant())).update();
		publisher.publishEvent(new ExhibitorSelectionPublished(code.value(), selected.size(), endorsed.size(),
				total.toPlainString(), actor.username()));
		return published(code).orElseThrow();
	}

	/** The event's published curation, if any. */
	@Transactional(readOnly = true)
	public Optional<Published> published(EventCode code) {
		return jdbc.sql("select * from exhibitor_curation where event_code = :code").param("code", code.value())
			.query((rs, n) -> new Published(new CurationConstraints(rs.getInt("booths"), rs.getInt("min_provinces"),
					rs.getInt("prison_unit_places"), parseCategories(rs.getString("category_minimums")),
					rs.getInt("max_per_sentra")), rs.getBigDecimal("total_score"), rs.getString("published_by"),
					rs.getTimestamp("published_at").toInstant()))
			.optional();
	}

	/** The endorsed, scored applications as the solver sees them, best first. */
	@Transactional(readOnly = true)
	public List<Applicant> applicants(EventCode code) {
		return applicants(event(code), endorsed(code));
	}

	private List<Applicant> applicants(EventView event, List<ExhibitorApplication> endorsed) {
		Set<Long> previous = previousEditionExhibitors(event);
		return endorsed.stream().filter(a -> a.score() != null)
			.map(a -> new Applicant(a.id().value(), a.ikmName(), a.score().doubleValue(), a.provinceCode(), a.sentraId(),
					a.sentraName(), a.prisonUnit(), a.categories(), previous.contains(a.ikmId())))
			.sorted(Comparator.comparingDouble(Applicant::score).reversed().thenComparing(Applicant::id))
			.toList();
	}

	/** IKM selected at the latest earlier event of the same type. */
	private Set<Long> previousEditionExhibitors(EventView event) {
		return events.list().stream()
			.filter(e -> e.type() == event.type() && e.startDate().isBefore(event.startDate()))
			.max(Comparator.comparing(EventView::startDate))
			.map(e -> applications.findByEventCodeOrderByIkmName(e.code().value()).stream()
				.filter(a -> a.status() == ExhibitorStatus.SELECTED).map(ExhibitorApplication::ikmId)
				.collect(Collectors.toSet()))
			.orElse(Set.of());
	}

	private List<ExhibitorApplication> endorsed(EventCode code) {
		return applications.findByEventCodeOrderByIkmName(code.value()).stream()
			.filter(a -> a.status() == ExhibitorStatus.ENDORSED).toList();
	}

	private EventView event(EventCode code) {
		return events.find(code).orElseThrow(() -> new NotFoundException("exhibitor.event.not-found", code.value()));
	}

	private void requireNotPublished(EventView event) {
		if (published(event.code()).isPresent()) {
			throw new ConflictException("exhibitor.curation.published", event.name());
		}
	}

	private static void requireKnown(List<Applicant> applicants, Set<Long> selected) {
		Set<Long> known = new HashSet<>();
		applicants.forEach(a -> known.add(a.id()));
		List<FieldViolation> unknown = new ArrayList<>();
		selected.stream().filter(id -> !known.contains(id)).sorted()
			.forEach(id -> unknown.add(FieldViolation.of("selected", "exhibitor.curation.validation.unknown", id)));
		if (!unknown.isEmpty()) {
			throw new InvalidInputException(unknown);
		}
	}

	static String categories(CurationConstraints constraints) {
		return constraints.categoryMinimums().entrySet().stream().sorted(Map.Entry.comparingByKey())
			.map(e -> e.getKey().name() + "=" + e.getValue()).collect(Collectors.joining(","));
	}

	static Map<ProductCategory, Integer> parseCategories(String text) {
		Map<ProductCategory, Integer> minimums = new EnumMap<>(ProductCategory.class);
		if (text != null && !text.isBlank()) {
			for (String pair : text.split(",")) {
				String[] kv = pair.split("=");
				minimums.put(ProductCategory.valueOf(kv[0]), Integer.parseInt(kv[1]));
			}
		}
		return minimums;
	}
}
