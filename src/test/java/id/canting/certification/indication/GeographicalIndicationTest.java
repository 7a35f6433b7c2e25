package id.canting.certification.indication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.canting.certification.IgStage;
import id.canting.certification.indication.internal.IgDescription;
import id.canting.certification.indication.internal.IgInput;
import id.canting.certification.indication.internal.IgMember;
import id.canting.certification.indication.internal.IgRules;
import id.canting.shared.ConflictException;
import id.canting.shared.FieldViolation;
import id.canting.shared.RuleRefusedException;

/** The rules a geographical indication guards itself, without Spring. */
class GeographicalIndicationTest {

	static final LocalDate TODAY = LocalDate.of(2026, 1, 10);
	static final Instant NOW = Instant.parse("2026-01-10T03:00:00Z");

	static IgInput input(String... regencies) {
		return new IgInput("Batik Uji", "Kain batik", "MPIG Batik Uji", List.of(regencies), IgDescription.empty(), null);
	}

	static GeographicalIndication tuban() {
		return GeographicalIndication.record("batik-uji", input("35.23"), NOW);
	}

	@Test
	void recordsStagesInOrderAndMayPassOverStagesWhoseDayIsUnknown() {
		GeographicalIndication ig = tuban();
		assertThat(ig.stage()).isNull();
		ig.reach(IgStage.SUBSTANTIVE_EXAMINATION, LocalDate.of(2025, 8, 12), null, TODAY, "admin", NOW);
		ig.reach(IgStage.REGISTERED, LocalDate.of(2025, 11, 12), "IDG000000999", TODAY, "admin", NOW);
		assertThat(ig.stage()).isEqualTo(IgStage.REGISTERED);
		assertThat(ig.stages().get(IgStage.FILED_WITH_DJKI)).isNull();
		assertThat(ig.registrationNumber()).isEqualTo("IDG000000999");
		assertThat(ig.openStages()).isEmpty();
	}

	@Test
	void refusesAStageBeforeOrEqualToTheLastOneRecorded() {
		GeographicalIndication ig = tuban();
		ig.reach(IgStage.FILED_WITH_DJKI, LocalDate.of(2024, 3, 1), null, TODAY, "admin", NOW);
		assertThatThrownBy(() -> ig.reach(IgStage.DESCRIPTION_DRAFTED, LocalDate.of(2024, 4, 1), null, TODAY, "admin", NOW))
			.isInstanceOf(RuleRefusedException.class).hasFieldOrPropertyWithValue("messageKey", "ig.rule.stage-order");
		assertThatThrownBy(() -> ig.reach(IgStage.FILED_WITH_DJKI, LocalDate.of(2024, 4, 1), null, TODAY, "admin", NOW))
			.isInstanceOf(RuleRefusedException.class);
		assertThat(ig.openStages()).containsExactly(IgStage.SUBSTANTIVE_EXAMINATION, IgStage.REGISTERED);
	}

	@Test
	void refusesADayBeforeThePreviousStageOrInTheFuture() {
		GeographicalIndication ig = tuban();
		ig.reach(IgStage.COMMUNITY_FORMED, LocalDate.of(2024, 3, 1), null, TODAY, "admin", NOW);
		assertThatThrownBy(() -> ig.reach(IgStage.DESCRIPTION_DRAFTED, LocalDate.of(2024, 2, 29), null, TODAY, "admin", NOW))
			.hasFieldOrPropertyWithValue("messageKey", "ig.rule.stage-date-back");
		assertThatThrownBy(() -> ig.reach(IgStage.DESCRIPTION_DRAFTED, TODAY.plusDays(1), null, TODAY, "admin", NOW))
			.hasFieldOrPropertyWithValue("messageKey", "ig.rule.stage-future");
		ig.reach(IgStage.DESCRIPTION_DRAFTED, LocalDate.of(2024, 3, 1), null, TODAY, "admin", NOW);
		assertThat(ig.stage()).isEqualTo(IgStage.DESCRIPTION_DRAFTED);
	}

	@Test
	void aRegistrationNumberComesOnlyWithTheRegistrationAndNothingFollowsIt() {
		GeographicalIndication ig = tuban();
		assertThatThrownBy(() -> ig.reach(IgStage.FILED_WITH_DJKI, LocalDate.of(2024, 3, 1), "IDG1", TODAY, "admin", NOW))
			.hasFieldOrPropertyWithValue("messageKey", "ig.rule.number-before-registration");
		ig.reach(IgStage.REGISTERED, LocalDate.of(2025, 11, 12), null, TODAY, "admin", NOW);
		assertThatThrownBy(() -> ig.reach(IgStage.REGISTERED, LocalDate.of(2025, 11, 13), null, TODAY, "admin", NOW))
			.hasFieldOrPropertyWithValue("messageKey", "ig.rule.stage-complete");
	}

	@Test
	void membersComeFromCoveredRegenciesOnceAndKeepTheirRegencyCovered() {
		GeographicalIndication ig = tuban();
		ig.addMember(new IgMember(7, "Batik Kerek", "35.23", TODAY), "35", "officer.35", NOW);
		assertThatThrownBy(() -> ig.addMember(new IgMember(8, "Batik Solo", "33.72", TODAY), "33", "admin", NOW))
			.isInstanceOf(RuleRefusedException.class).hasFieldOrPropertyWithValue("messageKey", "ig.rule.member-outside");
		assertThatThrownBy(() -> ig.addMember(new IgMember(7, "Batik Kerek", "35.23", TODAY), "35", "admin", NOW))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> ig.update(input("35.24"), "admin", NOW))
			.hasFieldOrPropertyWithValue("messageKey", "ig.rule.regency-has-members");
		assertThat(ig.update(input("35.23", "35.24"), "admin", NOW)).extracting(c -> c.field()).containsExactly("regencies");
		ig.removeMember(7, "35", "admin", NOW);
		assertThat(ig.members()).isEmpty();
	}

	@Test
	void fieldRulesNameEachFieldAndCheckRegencyCodes() {
		IgInput bad = new IgInput(" ", "Kain", "x".repeat(201), List.of("35.23", "99.99", "35.23"),
				new IgDescription("x".repeat(4001), null, null, null, null, null, null), "no*good");
		List<FieldViolation> v = IgRules.violations(bad, code -> code.equals("35.23"));
		assertThat(v).extracting(FieldViolation::field)
			.containsExactlyInAnyOrder("name", "applicant", "regencies", "regencies", "characteristics", "registrationNumber");
		assertThat(IgRules.violations(input(), code -> true)).extracting(FieldViolation::messageKey)
			.containsExactly("ig.validation.regencies");
		assertThat(IgRules.slugOf("Batik Tulis Tenun Gedhog Tuban")).isEqualTo("batik-tulis-tenun-gedhog-tuban");
	}
}
