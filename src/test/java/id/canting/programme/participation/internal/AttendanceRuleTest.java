package id.canting.programme.participation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import id.canting.programme.participation.internal.AttendanceRule.AttendanceStanding;
import id.canting.shared.DomainException;
import id.canting.shared.RuleRefusedException;

/** The certificate's attendance rule: three quarters of the sessions held, rounded up to a whole session. */
class AttendanceRuleTest {

	@Test
	void requiresThreeQuartersOfTheSessionsHeldRoundedUp() {
		assertThat(AttendanceRule.required(0)).isZero();
		assertThat(AttendanceRule.required(1)).isEqualTo(1);
		assertThat(AttendanceRule.required(2)).isEqualTo(2);
		assertThat(AttendanceRule.required(3)).isEqualTo(3);
		assertThat(AttendanceRule.required(4)).isEqualTo(3);
		assertThat(AttendanceRule.required(5)).isEqualTo(4);
		assertThat(AttendanceRule.required(6)).isEqualTo(5);
		assertThat(AttendanceRule.required(8)).isEqualTo(6);
		assertThat(AttendanceRule.required(10)).isEqualTo(8);
		assertThat(AttendanceRule.required(12)).isEqualTo(9);
	}

	@Test
	void aParticipantAtTheThresholdEarnsTheCertificateAndOneBelowDoesNot() {
		assertThat(AttendanceRule.standing(4, 5).eligible()).isTrue();
		assertThat(AttendanceRule.standing(3, 5).eligible()).isFalse();
		assertThat(AttendanceRule.standing(6, 8).eligible()).isTrue();
		assertThat(AttendanceRule.standing(5, 8).eligible()).isFalse();
		assertThat(AttendanceRule.standing(3, 3).eligible()).isTrue();
	}

	@Test
	void refusesACertificateSayingTheAttendanceAndTheRule() {
		AttendanceStanding standing = AttendanceRule.standing(3, 5);
		assertThatThrownBy(standing::requireCertificate).isInstanceOf(RuleRefusedException.class)
			.hasMessage("participant.certificate.attendance")
			.satisfies(e -> assertThat(((DomainException) e).arguments()).containsExactly(3, 5, 4, 75));
	}

	@Test
	void noSessionHeldMeansNoCertificateYet() {
		AttendanceStanding standing = AttendanceRule.standing(0, 0);
		assertThat(standing.eligible()).isFalse();
		assertThatThrownBy(standing::requireCertificate).isInstanceOf(RuleRefusedException.class)
			.hasMessage("participant.certificate.no-session");
	}

	@Test
	void refusesImpossibleCounts() {
		assertThatThrownBy(() -> AttendanceRule.standing(6, 5)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> AttendanceRule.required(-1)).isInstanceOf(IllegalArgumentException.class);
	}
}
