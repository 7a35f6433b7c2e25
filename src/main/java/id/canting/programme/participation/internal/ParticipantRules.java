package id.canting.programme.participation.internal;

import static id.canting.programme.catalogue.ProgrammeRules.text;
import static id.canting.programme.catalogue.ProgrammeRules.throwIfAny;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import id.canting.programme.catalogue.Programme;
import id.canting.programme.catalogue.ProgrammeType;
import id.canting.registry.Gender;
import id.canting.shared.DateFields;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.RuleRefusedException;

/**
 * The rules of sessions and participants that need no database: which programmes gather people at
 * all, and the field rules of a session and a participant, shared by the API and the pages. Every
 * broken field rule is reported with its field and message key.
 */
public final class ParticipantRules {

	/** Programmes that gather people in sessions: training and assistance; the others hand out goods or money. */
	public static final Set<ProgrammeType> GATHERING = EnumSet.of(ProgrammeType.TECHNICAL_ASSISTANCE,
			ProgrammeType.TRAINING, ProgrammeType.PRISON_ASSISTANCE, ProgrammeType.INDUSTRY_4_0);

	static final int MAX_SESSION_NUMBER = 999;
	static final int NAME_LENGTH = 120;
	static final int TEXT_LENGTH = 200;
	static final Pattern NIB = Pattern.compile("\\d{13}");
	private static final Pattern SPACES = Pattern.compile("\\s+");

	private ParticipantRules() {
	}

	/** Whether programmes of this type have participants and sessions. */
	public static boolean gathersPeople(ProgrammeType type) {
		return GATHERING.contains(type);
	}

	/**
	 * Refuses sessions and participants for a programme that gathers nobody (equipment, machines,
	 * certification...), naming its type.
	 *
	 * @throws RuleRefusedException (HTTP 422) with the rule
	 */
	static void requireGathering(Programme programme) {
		if (!gathersPeople(programme.type())) {
			throw new RuleRefusedException("participant.type",
					new DefaultMessageSourceResolvable("programme.type." + programme.type().name()));
		}
	}

	/**
	 * Reads a session, or refuses it listing every broken rule.
	 *
	 * @throws InvalidInputException naming each field and rule
	 */
	public static SessionDetails check(SessionInput input) {
		List<FieldViolation> v = new ArrayList<>();
		Integer number = input.number();
		if (number != null && (number < 1 || number > MAX_SESSION_NUMBER)) {
			v.add(FieldViolation.of("number", "programme.validation.range", 1, MAX_SESSION_NUMBER));
		}
		LocalDate heldOn = DateFields.parse("heldOn", input.heldOn(), true, v);
		String topic = text("topic", input.topic(), TEXT_LENGTH, v);
		String place = text("place", input.place(), TEXT_LENGTH, v);
		throwIfAny(v);
		return new SessionDetails(number, heldOn, topic, place);
	}

	/**
	 * Reads a participant, or refuses them listing every broken rule. Whether the IKM exists and the
	 * name is new in the programme is checked by {@link ProgrammeParticipants}.
	 *
	 * @throws InvalidInputException naming each field and rule
	 */
	public static ParticipantDetails check(ParticipantInput input) {
		List<FieldViolation> v = new ArrayList<>();
		String name = text("name", input.name(), NAME_LENGTH, v);
		Gender gender = gender(input.gender(), v);
		String nib = input.nib() == null || input.nib().isBlank() ? null : input.nib().strip();
		if ((input.ikm() == null) == (nib == null)) {
			v.add(FieldViolation.of("ikm", "participant.validation.ikm-or-nib"));
		}
		else if (nib != null && !NIB.matcher(nib).matches()) {
			v.add(FieldViolation.of("nib", "validation.nib"));
		}
		throwIfAny(v);
		return new ParticipantDetails(name == null ? null : SPACES.matcher(name).replaceAll(" "), gender, input.ikm(), nib);
	}

	/** A name as the once-per-programme-and-IKM rule compares it: lower case, single spaces. */
	static String nameKey(String name) {
		return SPACES.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
	}

	private static Gender gender(String raw, List<FieldViolation> v) {
		String code = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
		switch (code) {
			case "F", "FEMALE" -> {
				return Gender.FEMALE;
			}
			case "M", "MALE" -> {
				return Gender.MALE;
			}
			case "" -> v.add(FieldViolation.of("gender", "validation.required"));
			default -> v.add(FieldViolation.of("gender", "validation.one-of", "F, M"));
		}
		return null;
	}

	/** A session after the field rules: {@code number} is null when the next free one is to be given. */
	public record SessionDetails(Integer number, LocalDate heldOn, String topic, String place) {
	}

	/** A participant after the field rules: the IKM by id or by NIB, exactly one of them set. */
	public record ParticipantDetails(String name, Gender gender, Long ikm, String nib) {
	}
}
