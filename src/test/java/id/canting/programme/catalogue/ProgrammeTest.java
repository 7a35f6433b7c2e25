package id.canting.programme.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import id.canting.programme.catalogue.internal.ProgrammeTransitionException;

/** The programme's steps: draft, published, closed, each from the one status it may start from. */
class ProgrammeTest {

	static final Instant NOW = Instant.parse("2030-01-10T03:00:00Z");

	static Programme draft() {
		return Programme.draft(ProgrammeRules.check(ProgrammeRulesTest.valid()), NOW);
	}

	@Test
	void aDraftIsEditedPublishedAndClosed() {
		Programme programme = draft();
		assertThat(programme.status()).isEqualTo(ProgrammeStatus.DRAFT);
		ProgrammeInput v = ProgrammeRulesTest.valid();
		ProgrammeDetails changed = ProgrammeRules.check(new ProgrammeInput(v.code(), v.name(), v.type(), v.year(),
				v.budgetIdr(), 10, v.opensOn(), v.closesOn(), v.target(), v.organiser(), v.description(), v.provinces(),
				v.techniques(), v.kinds(), v.sizeClasses(), v.nibRequired(), v.sentraMemberRequired(),
				v.minActiveSentraMembers(), v.noBenefitWithinYears()));
		assertThat(programme.update(changed, "admin", NOW)).extracting("field").containsExactly("quota");
		programme.publish("admin", NOW);
		assertThat(programme.status()).isEqualTo(ProgrammeStatus.PUBLISHED);
		programme.close("admin", NOW);
		assertThat(programme.status()).isEqualTo(ProgrammeStatus.CLOSED);
	}

	@Test
	void refusesToCloseADraft() {
		assertThatThrownBy(() -> draft().close("admin", NOW)).isInstanceOf(ProgrammeTransitionException.class)
			.hasMessage("programme.transition.close");
	}

	@Test
	void refusesToEditOrPublishAgainAPublishedProgramme() {
		Programme programme = draft();
		programme.publish("admin", NOW);
		assertThatThrownBy(() -> programme.publish("admin", NOW)).isInstanceOf(ProgrammeTransitionException.class);
		assertThatThrownBy(() -> programme.update(programme.details(), "admin", NOW))
			.isInstanceOf(ProgrammeTransitionException.class).hasMessage("programme.transition.update");
	}

	@Test
	void refusesEveryStepFromClosed() {
		Programme programme = draft();
		programme.publish("admin", NOW);
		programme.close("admin", NOW);
		assertThatThrownBy(() -> programme.close("admin", NOW)).isInstanceOf(ProgrammeTransitionException.class);
		assertThatThrownBy(() -> programme.publish("admin", NOW)).isInstanceOf(ProgrammeTransitionException.class);
	}

	@Test
	void isOpenOnlyWhenPublishedAndWithinTheWindow() {
		Programme programme = draft();
		assertThat(programme.isOpenOn(LocalDate.of(2030, 3, 1))).isFalse();
		programme.publish("admin", NOW);
		assertThat(programme.isOpenOn(LocalDate.of(2030, 2, 15))).isTrue();
		assertThat(programme.isOpenOn(LocalDate.of(2030, 4, 15))).isTrue();
		assertThat(programme.isOpenOn(LocalDate.of(2030, 4, 16))).isFalse();
	}
}
