package id.canting.programme.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.canting.registry.IkmKind;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/** Field rules of a programme: each broken rule names its field. */
class ProgrammeRulesTest {

	static ProgrammeInput valid() {
		return new ProgrammeInput("bina-lapas-2030", " Pembinaan lapas ", "prison_assistance", 2030, 400_000_000L, 8,
				"2030-02-15", "2030-04-15", "IKM", "Ditjen IKMA", "Pendampingan", List.of("33", ""), List.of(),
				List.of("PRISON_UNIT"), null, true, null, null, 3);
	}

	@Test
	void readsAValidProgrammeNormalisingCodes() {
		ProgrammeDetails d = ProgrammeRules.check(valid());
		assertThat(d.code()).isEqualTo("BINA-LAPAS-2030");
		assertThat(d.name()).isEqualTo("Pembinaan lapas");
		assertThat(d.type()).isEqualTo(ProgrammeType.PRISON_ASSISTANCE);
		assertThat(d.rules().provinces()).containsExactly("33");
		assertThat(d.rules().kinds()).containsExactly(IkmKind.PRISON_UNIT);
		assertThat(d.rules().nibRequired()).isTrue();
		assertThat(d.rules().noBenefitWithinYears()).isEqualTo(3);
	}

	@Test
	void refusesEveryBrokenRuleAtOnce() {
		ProgrammeInput bad = new ProgrammeInput("bad code!", "", "GRANT", 1999, 0L, -1, "2030-04-15", "2030-04-15",
				"PERSON", " ", null, List.of("3"), List.of("PRINT"), List.of("SHOP"), List.of("BESAR"), null, null, 0, 21);
		assertThatThrownBy(() -> ProgrammeRules.check(bad)).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactlyInAnyOrder("code",
						"name", "type", "year", "budgetIdr", "quota", "closesOn", "target", "organiser", "description",
						"provinces", "techniques", "kinds", "sizeClasses", "minActiveSentraMembers",
						"noBenefitWithinYears"));
	}

	@Test
	void refusesAWindowThatClosesBeforeItOpens() {
		ProgrammeInput v = valid();
		ProgrammeInput backwards = new ProgrammeInput(v.code(), v.name(), v.type(), v.year(), v.budgetIdr(), v.quota(),
				"2030-04-15", "2030-02-15", v.target(), v.organiser(), v.description(), v.provinces(), v.techniques(),
				v.kinds(), v.sizeClasses(), v.nibRequired(), v.sentraMemberRequired(), v.minActiveSentraMembers(),
				v.noBenefitWithinYears());
		assertThatThrownBy(() -> ProgrammeRules.check(backwards)).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.violations()).containsExactly(
						FieldViolation.of("closesOn", "programme.validation.window", "2030-04-15")));
	}

	@Test
	void refusesADateThatIsNotOne() {
		ProgrammeInput v = valid();
		ProgrammeInput wrong = new ProgrammeInput(v.code(), v.name(), v.type(), v.year(), v.budgetIdr(), v.quota(),
				"15/02/2030", null, v.target(), v.organiser(), v.description(), v.provinces(), v.techniques(), v.kinds(),
				v.sizeClasses(), v.nibRequired(), v.sentraMemberRequired(), v.minActiveSentraMembers(),
				v.noBenefitWithinYears());
		assertThatThrownBy(() -> ProgrammeRules.check(wrong)).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.violations()).containsExactly(
						FieldViolation.of("opensOn", "validation.date", "15/02/2030"),
						FieldViolation.of("closesOn", "validation.required")));
	}
}
