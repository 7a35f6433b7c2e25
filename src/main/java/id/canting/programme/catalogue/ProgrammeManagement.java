package id.canting.programme.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.programme.ProgrammeClosed;
import id.canting.programme.ProgrammeCreated;
import id.canting.programme.ProgrammePublished;
import id.canting.programme.ProgrammeUpdated;
import id.canting.programme.catalogue.internal.ProgrammeAccess;
import id.canting.programme.catalogue.internal.ProgrammeFilter;
import id.canting.programme.catalogue.internal.ProgrammeNotFoundException;
import id.canting.region.Regions;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;

/**
 * The programme catalogue: ministry staff (ADMIN) create and change drafts, publish and close them;
 * everyone reads published and closed programmes. Every change is checked by {@link ProgrammeRules}
 * and published as an event ({@link ProgrammeCreated}, {@link ProgrammeUpdated},
 * {@link ProgrammePublished}, {@link ProgrammeClosed}), which the audit trail records in the same
 * transaction.
 */
@Service
@Transactional
public class ProgrammeManagement {

	/** Programme days are Western Indonesian Time, where the ministry is. */
	public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private final ProgrammeRepository programmes;
	private final Regions regions;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ProgrammeManagement(ProgrammeRepository programmes, Regions regions, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.programmes = programmes;
		this.regions = regions;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates a programme as a draft.
	 *
	 * @throws InvalidInputException naming each broken field rule
	 * @throws ConflictException when the code is taken
	 */
	public Programme create(Actor actor, ProgrammeInput input) {
		ProgrammeAccess.requireAdmin(actor);
		ProgrammeDetails details = checked(input);
		programmes.findIdByCode(details.code()).ifPresent(other -> {
			throw new ConflictException("programme.duplicate", details.code());
		});
		Programme programme = programmes.save(Programme.draft(details, clock.instant()));
		events.publishEvent(new ProgrammeCreated(programme.code(), programme.id(), programme.name(), actor.username()));
		return programme;
	}

	/** Changes a draft; its code stays. Refused when the client's version is stale or it is no longer a draft. */
	public Programme update(Actor actor, String code, int expectedVersion, ProgrammeInput input) {
		ProgrammeAccess.requireAdmin(actor);
		Programme programme = byCode(code);
		if (programme.version() != expectedVersion) {
			throw new ConflictException("problem.stale-version");
		}
		ProgrammeDetails details = checked(input);
		if (!details.code().equals(programme.code())) {
			throw new InvalidInputException(
					List.of(FieldViolation.of("code", "programme.validation.code-fixed", programme.code())));
		}
		programme.update(details, actor.username(), clock.instant());
		return programmes.save(programme);
	}

	/** Publishes a draft: the call becomes visible to everyone. */
	public Programme publish(Actor actor, String code) {
		ProgrammeAccess.requireAdmin(actor);
		Programme programme = byCode(code);
		programme.publish(actor.username(), clock.instant());
		return programmes.save(programme);
	}

	/** Closes a published programme. */
	public Programme close(Actor actor, String code) {
		ProgrammeAccess.requireAdmin(actor);
		Programme programme = byCode(code);
		programme.close(actor.username(), clock.instant());
		return programmes.save(programme);
	}

	/** One programme; a draft only for ministry staff. */
	@Transactional(readOnly = true)
	public Programme programme(Actor actor, String code) {
		Programme programme = byCode(code);
		if (!ProgrammeAccess.maySee(actor, programme)) {
			throw new ProgrammeNotFoundException(programme.code());
		}
		return programme;
	}

	/**
	 * The catalogue, open calls first (then calls yet to open, drafts, and past calls, each by
	 * closing date); drafts only for ministry staff.
	 */
	@Transactional(readOnly = true)
	public PageResponse<Programme> programmes(Actor actor, ProgrammeFilter filter, PageRequest page) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		var params = new java.util.HashMap<String, Object>();
		if (!actor.isAdmin()) {
			where.append(" and status <> 'DRAFT'");
		}
		if (filter.type() != null) {
			where.append(" and type = :type");
			params.put("type", filter.type().name());
		}
		if (filter.year() != null) {
			where.append(" and programme_year = :year");
			params.put("year", filter.year());
		}
		if (filter.status() != null) {
			where.append(" and status = :status");
			params.put("status", filter.status().name());
		}
		long total = jdbc.sql("select count(*) from programme" + where).params(params).query(Long.class).single();
		params.put("today", today());
		params.put("size", page.size());
		params.put("offset", page.offset());
		List<Long> ids = jdbc.sql("select id from programme" + where + " " + """
				 order by case when status = 'PUBLISHED' and opens_on <= :today and closes_on >= :today then 0
				 when status = 'PUBLISHED' and opens_on > :today then 1 when status = 'DRAFT' then 2 else 3 end,
				 closes_on desc, code limit :size offset :offset""").params(params).query(Long.class).list();
		List<Programme> content = new ArrayList<>();
		programmes.findAllById(ids).forEach(content::add);
		content.sort(java.util.Comparator.comparingInt(p -> ids.indexOf(p.id().value())));
		return PageResponse.of(content, page, total);
	}

	/** Today in Western Indonesian Time, for whether a call is open. */
	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), WIB);
	}

	Programme byCode(String code) {
		String key = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
		return programmes.findIdByCode(key).flatMap(programmes::findById)
			.orElseThrow(() -> new ProgrammeNotFoundException(key));
	}

	private ProgrammeDetails checked(ProgrammeInput input) {
		ProgrammeDetails details = ProgrammeRules.check(input);
		List<FieldViolation> unknown = details.rules().provinces().stream()
			.filter(code -> regions.province(code).isEmpty())
			.map(code -> FieldViolation.of("provinces", "programme.validation.province", code))
			.toList();
		if (!unknown.isEmpty()) {
			throw new InvalidInputException(unknown);
		}
		return details;
	}
}
