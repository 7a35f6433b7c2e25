package id.canting.event.registration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import id.canting.event.EventCode;
import id.canting.event.EventSessionId;
import id.canting.event.RegistrationStatus;
import id.canting.event.TicketCode;
import id.canting.shared.ConflictException;
import id.canting.shared.DomainException;
import id.canting.shared.RuleRefusedException;

/** The ticket rules: who is let in, once; what may be cancelled; promotion. */
class RegistrationTest {

	static final EventCode HBN = new EventCode("HBN-2025");
	static final Instant NOW = Instant.parse("2025-10-02T02:00:00Z");

	static Registration registration(boolean seated) {
		return Registration.register(new RegistrantDetails("Sari", "sari@example.org", null, null, AgeGroup.AGE_15_30,
				ConsentStatement.VERSION, "id"), new TicketCode("ABCDEFGHJKLMN"), HBN, new EventSessionId(7), seated, NOW);
	}

	@AfterEach
	void forgetTheReadersLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aConfirmedTicketIsLetInOnceAndTheSecondTimeSaysWhen() {
		Registration r = registration(true);
		r.checkIn(HBN, "officer.33", NOW);
		LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
		assertThat(r.checkedInAt()).isEqualTo(NOW);
		assertThatThrownBy(() -> r.checkIn(HBN, "officer.35", NOW.plusSeconds(60)))
			.isInstanceOf(UsedTicketException.class)
			.isInstanceOf(ConflictException.class)
			.satisfies(e -> assertThat(((UsedTicketException) e).checkedInAt()).isEqualTo(NOW))
			.satisfies(e -> assertThat(((DomainException) e).arguments()).containsExactly("2 Oktober 2025 09:00 WIB"));
		assertThat(r.checkedInBy()).isEqualTo("officer.33");
	}

	@Test
	void aWaitlistedACancelledOrAnotherEventsTicketIsRefusedWithItsReason() {
		assertThatThrownBy(() -> registration(false).checkIn(HBN, "admin", NOW)).isInstanceOf(RuleRefusedException.class)
			.hasMessage("event.registration.check-in.waitlisted");
		Registration cancelled = registration(true);
		cancelled.cancel(NOW);
		assertThatThrownBy(() -> cancelled.checkIn(HBN, "admin", NOW)).isInstanceOf(RuleRefusedException.class)
			.hasMessage("event.registration.check-in.cancelled");
		assertThatThrownBy(() -> registration(true).checkIn(new EventCode("HBN-2024"), "admin", NOW))
			.isInstanceOf(RuleRefusedException.class)
			.hasMessage("event.registration.check-in.other-event");
	}

	@Test
	void cancellingSaysWhatTheRegistrationHeldAndIsRefusedTwiceOrAfterEntry() {
		Registration seated = registration(true);
		assertThat(seated.cancel(NOW)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(seated.status()).isEqualTo(RegistrationStatus.CANCELLED);
		assertThatThrownBy(() -> seated.cancel(NOW)).isInstanceOf(ConflictException.class);
		assertThat(registration(false).cancel(NOW)).isEqualTo(RegistrationStatus.WAITLISTED);
		Registration used = registration(true);
		used.checkIn(HBN, "admin", NOW);
		assertThatThrownBy(() -> used.cancel(NOW)).isInstanceOf(RuleRefusedException.class);
	}

	@Test
	void onlyAWaitlistedRegistrationIsPromoted() {
		Registration waiting = registration(false);
		waiting.promote(NOW);
		assertThat(waiting.status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(waiting.confirmedAt()).isEqualTo(NOW);
		assertThatThrownBy(() -> waiting.promote(NOW)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void anonymisingKeepsWhatTheFiguresNeed() {
		Registration r = registration(true);
		r.checkIn(HBN, "admin", NOW);
		r.anonymise(NOW);
		assertThat(r.name()).isEqualTo("-");
		assertThat(r.email()).isNull();
		assertThat(r.ageGroup()).isEqualTo(AgeGroup.AGE_15_30);
		assertThat(r.checkedIn()).isTrue();
	}
}
