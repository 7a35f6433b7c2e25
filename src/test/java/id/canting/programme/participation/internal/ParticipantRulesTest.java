package id.canting.programme.participation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import id.canting.programme.catalogue.ProgrammeType;
import id.canting.programme.participation.internal.ParticipantRules.ParticipantDetails;
import id.canting.programme.participation.internal.ParticipantRules.SessionDetails;
import id.canting.registry.Gender;
import id.canting.shared.InvalidInputException;

/** The field rules of sessions and participants, and which programmes have them at all. */
class ParticipantRulesTest {

	@Test
	void onlyTrainingAndAssistanceProgrammesGatherPeople() {
		assertThat(ParticipantRules.GATHERING).containsExactlyInAnyOrder(ProgrammeType.TRAINING,
				ProgrammeType.TECHNICAL_ASSISTANCE, ProgrammeType.PRISON_ASSISTANCE, ProgrammeType.INDUSTRY_4_0);
		assertThat(ParticipantRules.gathersPeople(ProgrammeType.EQUIPMENT_FACILITATION)).isFalse();
		assertThat(ParticipantRules.gathersPeople(ProgrammeType.MACHINE_RESTRUCTURING)).isFalse();
	}

	@Test
	void readsAParticipantByIkmIdOrNibTidyingTheName() {
		ParticipantDetails byId = ParticipantRules.check(new ParticipantInput("  Siti   Rahayu ", "f", 12L, null));
		assertThat(byId).isEqualTo(new ParticipantDetails("Siti Rahayu", Gender.FEMALE, 12L, null));
		ParticipantDetails byNib = ParticipantRules.check(new ParticipantInput("Budi", "MALE", null, "1234567890123"));
		assertThat(byNib.gender()).isEqualTo(Gender.MALE);
		assertThat(byNib.nib()).isEqualTo("1234567890123");
		assertThat(ParticipantRules.nameKey(" Siti  RAHAYU")).isEqualTo("siti rahayu");
	}

	@Test
	void refusesAParticipantNamingEveryBrokenField() {
		assertThatThrownBy(() -> ParticipantRules.check(new ParticipantInput(" ", "X", null, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
				.extracting("field", "messageKey")
				.containsExactly(org.assertj.core.groups.Tuple.tuple("name", "validation.required"),
						org.assertj.core.groups.Tuple.tuple("gender", "validation.one-of"),
						org.assertj.core.groups.Tuple.tuple("ikm", "participant.validation.ikm-or-nib")));
		assertThatThrownBy(() -> ParticipantRules.check(new ParticipantInput("Siti", "F", 1L, "1234567890123")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.violations()).extracting("field").containsExactly("ikm"));
		assertThatThrownBy(() -> ParticipantRules.check(new ParticipantInput("Siti", "F", null, "12345")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.violations()).extracting("field", "messageKey")
						.containsExactly(org.assertj.core.groups.Tuple.tuple("nib", "validation.nib")));
		assertThatThrownBy(() -> ParticipantRules.check(new ParticipantInput("x".repeat(121), "", 1L, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
				.extracting("messageKey").containsExactly("validation.too-long", "validation.required"));
	}

	@Test
	void readsASessionAndRefusesABadOne() {
		assertThat(ParticipantRules.check(new SessionInput(null, "2024-05-14", " Pewarnaan ", "Yogyakarta")))
			.isEqualTo(new SessionDetails(null, LocalDate.of(2024, 5, 14), "Pewarnaan", "Yogyakarta"));
		assertThatThrownBy(() -> ParticipantRules.check(new SessionInput(0, "14-05-2024", "", null)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
				.extracting("field").containsExactly("number", "heldOn", "topic", "place"));
	}
}
