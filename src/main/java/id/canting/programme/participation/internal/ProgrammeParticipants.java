package id.canting.programme.participation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.programme.AttendanceRecorded;
import id.canting.programme.ParticipantEnrolled;
import id.canting.programme.ParticipantId;
import id.canting.programme.ParticipantRemoved;
import id.canting.programme.catalogue.Programme;
import id.canting.programme.catalogue.ProgrammeManagement;
import id.canting.programme.participation.internal.ParticipantRules.ParticipantDetails;
import id.canting.registry.Ikm;
import id.canting.registry.IkmId;
import id.canting.registry.IkmManagement;
import id.canting.registry.IkmNotFoundException;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.FieldViolation;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;
import id.canting.shared.Role;

/**
 * The participants of a training or assistance programme and their attendance. Admins manage all of
 * them, officers those from IKM of their province, IKM owners see those from their own IKM (see
 * {@link ParticipantAccess}). Every change is published as an event ({@link ParticipantEnrolled},
 * {@link ParticipantRemoved}, {@link AttendanceRecorded}), which the audit trail records in the same
 * transaction.
 */
@Service
@Transactional
public class ProgrammeParticipants {

	/** Properties a participant list may be sorted by, mapped to SQL. */
	public static final Map<String, String> SORTS = Map.of("number", "number", "name", "name_key", "ikm",
			"ikm_name");

	private final ProgrammeManagement programmes;
	private final ProgrammeSessionRepository sessions;
	private final ParticipantRepository participants;
	private final IkmManagement ikms;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ProgrammeParticipants(ProgrammeManagement programmes, ProgrammeSessionRepository sessions,
			ParticipantRepository participants, IkmManagement ikms, JdbcClient jdbc, ApplicationEventPublisher events,
			Clock clock) {
		this.programmes = programmes;
		this.sessions = sessions;
		this.participants = participants;
		this.ikms = ikms;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The participants the actor may see: all (admin), from their province (officer) or their own IKM (owner). */
	@Transactional(readOnly = true)
	public PageResponse<Participant> participants(Actor actor, String code, PageRequest page) {
		ParticipantAccess.requireReader(actor);
		Programme programme = gathering(actor, code);
		StringBuilder where = new StringBuilder(" where programme_id = :programme");
		Map<String, Object> params = new HashMap<>();
		params.put("programme", programme.id().value());
		if (!actor.isAdmin()) {
			if (actor.role() == Role.OFFICER) {
				where.append(" and ikm_province_code = :province");
				params.put("province", actor.provinceCode());
			}
			else if (!actor.ikmIds().isEmpty()) {
				where.append(" and ikm_id in (:ikms)");
				params.put("ikms", List.copyOf(actor.ikmIds()));
			}
			else {
				where.append(" and 1 = 0");
			}
		}
		long total = jdbc.sql("select count(*) from programme_participant" + where).params(params)
			.query(Long.class).single();
		params.put("size", page.size());
		params.put("offset", page.offset());
		List<Long> ids = jdbc.sql("select id from programme_participant" + where + " order by "
				+ SORTS.get(page.sortProperty()) + (page.ascending() ? " asc" : " desc") + ", number asc"
				+ " limit :size offset :offset")
			.params(params).query(Long.class).list();
		List<Participant> content = new ArrayList<>();
		participants.findAllById(ids).forEach(content::add);
		content.sort(Comparator.comparingInt(p -> ids.indexOf(p.id().value())));
		return PageResponse.of(content, page, total);
	}

	/** One participant, for those who may see them. */
	@Transactional(readOnly = true)
	public Participant participant(Actor actor, String code, ParticipantId id) {
		ParticipantAccess.requireReader(actor);
		return load(actor, gathering(actor, code), id);
	}

	/**
	 * Enrols a person from an IKM (or prison unit), found by id or NIB through the registry, keeping a
	 * copy of the IKM's name, region and kind.
	 *
	 * @throws InvalidInputException naming each broken field rule, or an IKM that does not exist
	 * @throws ConflictException when the same name from the same IKM is already a participant
	 */
	public Participant enrol(Actor actor, String code, ParticipantInput input) {
		if (!ParticipantAccess.mayEnrol(actor)) {
			throw new ForbiddenException("participant.forbidden.province");
		}
		Programme programme = gathering(actor, code);
		ParticipantDetails details = ParticipantRules.check(input);
		Ikm ikm = ikmOf(actor, details);
		ParticipantAccess.requireManager(actor, ikm.provinceCode());
		long programmeId = programme.id().value();
		boolean taken = jdbc.sql("""
				select count(*) from programme_participant
				where programme_id = :programme and ikm_id = :ikm and name_key = :nameKey""")
			.param("programme", programmeId).param("ikm", ikm.id().value())
			.param("nameKey", ParticipantRules.nameKey(details.name()))
			.query(Long.class).single() > 0;
		if (taken) {
			throw new ConflictException("participant.duplicate", details.name(), ikm.name(), programme.code());
		}
		EnrolledIkm copy = new EnrolledIkm(ikm.id().value(), ikm.name(), ikm.provinceCode(),
				ikm.details().regencyCode(), ikm.kind());
		Participant participant = participants.save(Participant.enrol(programmeId, nextNumber(programmeId), details,
				copy, actor.username(), clock.instant()));
		events.publishEvent(new ParticipantEnrolled(programme.code(), participant.id(), participant.number(),
				participant.name(), participant.ikmId(), copy.provinceCode(), actor.username()));
		return participant;
	}

	/** Takes a participant off the programme, with their attendance. */
	public void remove(Actor actor, String code, ParticipantId id) {
		ParticipantAccess.requireReader(actor);
		Programme programme = gathering(actor, code);
		Participant participant = load(actor, programme, id);
		ParticipantAccess.requireManager(actor, participant.ikm().provinceCode());
		participants.delete(participant);
		events.publishEvent(new ParticipantRemoved(programme.code(), participant.id(), participant.name(),
				participant.ikmId(), participant.ikm().provinceCode(), actor.username()));
	}

	/**
	 * Records the participant present ({@code true}) or absent at sessions given by number; sessions
	 * not named keep what they had.
	 *
	 * @throws InvalidInputException when no session is named or a number is not one of the programme's
	 */
	public Participant recordAttendance(Actor actor, String code, ParticipantId id, Map<Integer, Boolean> bySession) {
		ParticipantAccess.requireReader(actor);
		Programme programme = gathering(actor, code);
		Participant participant = load(actor, programme, id);
		ParticipantAccess.requireManager(actor, participant.ikm().provinceCode());
		Map<Integer, ProgrammeSession> byNumber = new HashMap<>();
		sessions.findByProgramme(programme.id().value()).forEach(s -> byNumber.put(s.number(), s));
		if (bySession.isEmpty()) {
			throw new InvalidInputException(List.of(FieldViolation.of("sessions", "validation.required")));
		}
		Map<ProgrammeSession, Boolean> marks = new LinkedHashMap<>();
		List<FieldViolation> unknown = new ArrayList<>();
		bySession.forEach((number, present) -> {
			ProgrammeSession session = number == null ? null : byNumber.get(number);
			if (session == null || present == null) {
				unknown.add(FieldViolation.of("sessions", "participant.validation.session", number, programme.code()));
			}
			else {
				marks.put(session, present);
			}
		});
		if (!unknown.isEmpty()) {
			throw new InvalidInputException(unknown);
		}
		participant.recordAttendance(programme.code(), marks, programmes.today(), actor.username());
		return participants.save(participant);
	}

	/** Whether the actor may enrol participants (from IKM of some province) in a programme. */
	public boolean mayEnrol(Actor actor) {
		return ParticipantAccess.mayEnrol(actor);
	}

	/** Whether the actor may remove the participant and record their attendance. */
	public boolean mayManage(Actor actor, Participant participant) {
		return ParticipantAccess.mayManage(actor, participant.ikm().provinceCode());
	}

	/** Today in Western Indonesian Time: sessions on or before it count as held. */
	public LocalDate today() {
		return programmes.today();
	}

	/** The programme, if the actor may see it and it gathers people at all. */
	Programme gathering(Actor actor, String code) {
		Programme programme = programmes.programme(actor, code);
		ParticipantRules.requireGathering(programme);
		return programme;
	}

	private Participant load(Actor actor, Programme programme, ParticipantId id) {
		Participant participant = participants.findById(id.value())
			.filter(p -> p.programmeId() == programme.id().value())
			.orElseThrow(() -> new ParticipantNotFoundException(programme.code(), id.value()));
		if (!ParticipantAccess.maySee(actor, participant)) {
			throw new ForbiddenException("participant.forbidden.read-one");
		}
		return participant;
	}

	/** The IKM by id or NIB, as the actor may read it; an unknown one is a field error, not a missing page. */
	private Ikm ikmOf(Actor actor, ParticipantDetails details) {
		IkmId id = details.ikm() != null ? new IkmId(details.ikm())
				: ikms.findByNib(details.nib()).orElseThrow(() -> new InvalidInputException(
						List.of(FieldViolation.of("nib", "participant.validation.nib-unknown", details.nib()))));
		try {
			return ikms.ikm(actor, id);
		}
		catch (IkmNotFoundException e) {
			throw new InvalidInputException(
					List.of(FieldViolation.of("ikm", "participant.validation.ikm-unknown", id.value())));
		}
		catch (ForbiddenException e) {
			throw new ForbiddenException("participant.forbidden.province");
		}
	}

	/** The next participant number of the programme; the row lock serialises two enrolments at once. */
	private int nextNumber(long programmeId) {
		int updated = jdbc.sql("update programme_participant_sequence set last_number = last_number + 1"
				+ " where programme_id = :programme").param("programme", programmeId).update();
		if (updated == 0) {
			jdbc.sql("insert into programme_participant_sequence (programme_id, last_number) values (:programme, 1)")
				.param("programme", programmeId).update();
		}
		return jdbc.sql("select last_number from programme_participant_sequence where programme_id = :programme")
			.param("programme", programmeId).query(Integer.class).single();
	}
}
