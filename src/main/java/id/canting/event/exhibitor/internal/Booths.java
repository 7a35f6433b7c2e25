package id.canting.event.exhibitor.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.event.EventCode;
import id.canting.event.Events;
import id.canting.event.exhibitor.ExhibitorApplicationId;
import id.canting.event.exhibitor.ExhibitorStatus;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.NotFoundException;
import id.canting.shared.RuleRefusedException;

/**
 * Booths on an event's floor plan: an admin sets the grid, then gives each selected exhibitor a booth.
 * A booth goes to one exhibitor (409 otherwise, also when two admins race: the database's unique
 * constraint decides); with keep-sentra-apart, a booth next to one of the same sentra is refused.
 */
@Service
@Transactional
public class Booths {

	private final ExhibitorApplicationRepository applications;
	private final Events events;
	private final JdbcClient jdbc;
	private final Clock clock;

	Booths(ExhibitorApplicationRepository applications, Events events, JdbcClient jdbc, Clock clock) {
		this.applications = applications;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<BoothPlan> plan(EventCode code) {
		return jdbc.sql("select grid_rows, grid_columns, keep_sentra_apart from booth_plan where event_code = :code")
			.param("code", code.value())
			.query((rs, n) -> new BoothPlan(rs.getInt("grid_rows"), rs.getInt("grid_columns"),
					rs.getBoolean("keep_sentra_apart")))
			.optional();
	}

	/**
	 * Sets the grid. Refused (422) when a booth already given would fall outside it.
	 *
	 * @throws InvalidInputException naming {@code rows} or {@code columns} out of range
	 */
	public BoothPlan setPlan(Actor actor, EventCode code, BoothPlan plan) {
		ExhibitorAccess.requireCurator(actor);
		if (events.find(code).isEmpty()) {
			throw new NotFoundException("exhibitor.event.not-found", code.value());
		}
		List<FieldViolation> violations = new ArrayList<>();
		if (plan.rows() < 1 || plan.rows() > BoothPlan.MAX_ROWS) {
			violations.add(FieldViolation.of("rows", "exhibitor.booth.validation.rows", BoothPlan.MAX_ROWS));
		}
		if (plan.columns() < 1 || plan.columns() > BoothPlan.MAX_COLUMNS) {
			violations.add(FieldViolation.of("columns", "exhibitor.booth.validation.columns", BoothPlan.MAX_COLUMNS));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		applications.findByEventCodeOrderByIkmName(code.value()).stream()
			.filter(a -> a.booth() != null && !plan.contains(a.booth())).findFirst().ifPresent(a -> {
				throw new RuleRefusedException("exhibitor.booth.outside-plan", a.booth(), a.ikmName());
			});
		jdbc.sql("delete from booth_plan where event_code = :code").param("code", code.value()).update();
		jdbc.sql("""
				insert into booth_plan (event_code, grid_rows, grid_columns, keep_sentra_apart, updated_by, updated_at)
				values (:code, :rows, :columns, :apart, :by, :at)""").param("code", code.value())
			.param("rows", plan.rows()).param("columns", plan.columns()).param("apart", plan.keepSentraApart())
			.param("by", actor.username()).param("at", Timestamp.from(clock.instant())).update();
		return plan;
	}

	/**
	 * Gives {@code booth} (e.g. {@code A1}; null or blank takes the booth back) to a selected exhibitor.
	 *
	 * @throws ConflictException ({@code exhibitor.booth.taken}) when another exhibitor has it
	 * @throws RuleRefusedException ({@code exhibitor.booth.neighbour}) when a neighbour is of the same sentra
	 *         and the plan keeps sentra apart; ({@code exhibitor.booth.no-plan}) before a plan exists
	 */
	public ExhibitorApplication assign(Actor actor, ExhibitorApplicationId id, String booth) {
		ExhibitorAccess.requireCurator(actor);
		ExhibitorApplication application = applications.findById(id.value())
			.orElseThrow(() -> new NotFoundException("exhibitor.not-found", id.value()));
		EventCode code = new EventCode(application.eventCode());
		BoothPlan plan = plan(code).orElseThrow(() -> new RuleRefusedException("exhibitor.booth.no-plan"));
		String label = booth == null || booth.isBlank() ? null : booth.strip().toUpperCase(Locale.ROOT);
		if (label != null) {
			if (!plan.contains(label)) {
				throw new InvalidInputException(List.of(FieldViolation.of("booth", "exhibitor.booth.validation.label",
						plan.labels().get(0), plan.labels().get(plan.booths() - 1))));
			}
			applications.findByEventCodeAndBooth(code.value(), label)
				.filter(other -> !other.id().equals(application.id())).ifPresent(other -> {
					throw new ConflictException("exhibitor.booth.taken", label, other.ikmName());
				});
			if (plan.keepSentraApart() && application.sentraId() != null) {
				for (String neighbour : plan.neighbours(label)) {
					applications.findByEventCodeAndBooth(code.value(), neighbour)
						.filter(other -> Objects.equals(other.sentraId(), application.sentraId())
								&& !other.id().equals(application.id()))
						.ifPresent(other -> {
							throw new RuleRefusedException("exhibitor.booth.neighbour", label, neighbour, other.ikmName(),
									application.sentraName());
						});
				}
			}
		}
		if (application.status() != ExhibitorStatus.SELECTED) {
			application.requireStatus(ExhibitorStatus.SELECTED);
		}
		application.assignBooth(label, actor.username(), clock.instant());
		return applications.save(application);
	}
}
