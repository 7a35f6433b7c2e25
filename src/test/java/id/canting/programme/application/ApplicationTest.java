package id.canting.programme.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import id.canting.programme.ProgrammeId;
import id.canting.programme.application.internal.Applicant;
import id.canting.programme.application.internal.ApplicationPermissions;
import id.canting.programme.application.internal.ApplicationTransitionException;
import id.canting.programme.application.internal.ChecklistIncompleteException;
import id.canting.programme.application.internal.Realisation;
import id.canting.programme.application.internal.RealisationRefusedException;

/** The application's own workflow: each step allowed from exactly its status, and refused (409) from every other. */
class ApplicationTest {

	static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
	static final Beneficiary BENEFICIARY = new Beneficiary("Batik Uji", "1234567890123", "33.26", "REGULAR", "KECIL",
			12, 9, "F");

	static Application draft() {
		Application draft = Application.draft(new ProgrammeId(1), Applicant.ikm(7, "33", "Batik Uji"),
				"Pelatihan pewarna alam", 25_000_000, "owner", NOW);
		ReflectionTestUtils.setField(draft, "id", 11L); // as the database would have given it
		return draft;
	}

	static Application in(ApplicationStatus status) {
		Application a = draft();
		switch (status) {
			case DRAFT -> { }
			case SUBMITTED -> a.submit("owner", NOW);
			case VERIFIED -> { a.submit("owner", NOW); a.verify(VerificationChecklist.allConfirmed(null), "officer.33", NOW); }
			case APPROVED -> { a = in(ApplicationStatus.VERIFIED); a.approve(20_000_000, BENEFICIARY, "admin", NOW); }
			case REJECTED -> { a.submit("owner", NOW); a.reject("Tidak lengkap", "admin", NOW); }
			case REALISED -> { a = in(ApplicationStatus.APPROVED); a.realise(new Realisation(LocalDate.of(2026, 4, 1), 20_000_000, null), "admin", NOW); }
			case CLOSED -> { a = in(ApplicationStatus.REALISED); a.close("admin", NOW); }
			case WITHDRAWN -> a.withdraw("owner", NOW);
			case RETURNED -> { a.submit("owner", NOW); a.returnForCorrection("Lampirkan NIB", "officer.33", NOW); }
		}
		return a;
	}

	@Test
	void goesFromDraftToClosedStepByStep() {
		Application a = in(ApplicationStatus.CLOSED);
		assertThat(a.status()).isEqualTo(ApplicationStatus.CLOSED);
		assertThat(a.approvedIdr()).isEqualTo(20_000_000);
		assertThat(a.beneficiary()).isEqualTo(BENEFICIARY);
		assertThat(a.realisation().amountIdr()).isEqualTo(20_000_000);
		assertThat(a.checklist().identity()).isTrue();
	}

	@Test
	void refusesEveryStepFromAStatusThatDoesNotAllowIt() {
		for (ApplicationStatus status : ApplicationStatus.values()) {
			if (!status.isEditable()) {
				assertThatThrownBy(() -> in(status).submit("owner", NOW)).isInstanceOf(ApplicationTransitionException.class);
				assertThatThrownBy(() -> in(status).update("x", 1, "owner", NOW)).isInstanceOf(ApplicationTransitionException.class);
			}
			if (status != ApplicationStatus.SUBMITTED) {
				assertThatThrownBy(() -> in(status).verify(VerificationChecklist.allConfirmed(null), "o", NOW))
					.isInstanceOf(ApplicationTransitionException.class);
			}
			if (status != ApplicationStatus.VERIFIED) {
				assertThatThrownBy(() -> in(status).approve(1, BENEFICIARY, "admin", NOW))
					.isInstanceOf(ApplicationTransitionException.class);
			}
			if (status != ApplicationStatus.SUBMITTED && status != ApplicationStatus.VERIFIED) {
				assertThatThrownBy(() -> in(status).reject("r", "admin", NOW)).isInstanceOf(ApplicationTransitionException.class);
			}
			if (status != ApplicationStatus.APPROVED) {
				assertThatThrownBy(() -> in(status).realise(new Realisation(LocalDate.of(2026, 4, 1), 1, null), "admin", NOW))
					.isInstanceOf(ApplicationTransitionException.class);
			}
			if (status != ApplicationStatus.REALISED) {
				assertThatThrownBy(() -> in(status).close("admin", NOW)).isInstanceOf(ApplicationTransitionException.class);
			}
			if (!status.isWithdrawable()) {
				assertThatThrownBy(() -> in(status).withdraw("owner", NOW)).isInstanceOf(ApplicationTransitionException.class);
			}
			if (status != ApplicationStatus.SUBMITTED && status != ApplicationStatus.VERIFIED) {
				assertThatThrownBy(() -> in(status).returnForCorrection("r", "officer.33", NOW))
					.isInstanceOf(ApplicationTransitionException.class);
			}
		}
	}

	@Test
	void withdrawsOnlyBeforeADecision() {
		assertThat(ApplicationStatus.DRAFT.isWithdrawable()).isTrue();
		assertThat(ApplicationStatus.SUBMITTED.isWithdrawable()).isTrue();
		assertThat(ApplicationStatus.VERIFIED.isWithdrawable()).isTrue();
		Application a = in(ApplicationStatus.VERIFIED);
		a.withdraw("owner", NOW);
		assertThat(a.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
	}

	@Test
	void returnsASubmittedApplicationForCorrectionWhichTheApplicantEditsAndSubmitsAgain() {
		Application a = in(ApplicationStatus.SUBMITTED);
		a.returnForCorrection("Lampirkan NIB", "officer.33", NOW);
		assertThat(a.status()).isEqualTo(ApplicationStatus.RETURNED);
		assertThat(a.returnReason()).isEqualTo("Lampirkan NIB");
		assertThat(a.returnedBy()).isEqualTo("officer.33");
		assertThat(a.returnedAt()).isEqualTo(NOW);
		assertThat(a.update("Pelatihan pewarna alam, dengan NIB", 25_000_000, "owner", NOW)).hasSize(1);
		a.submit("owner", NOW.plusSeconds(60));
		assertThat(a.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(a.submittedAt()).isEqualTo(NOW.plusSeconds(60));
		a.verify(VerificationChecklist.allConfirmed(null), "officer.33", NOW);
		assertThat(a.status()).isEqualTo(ApplicationStatus.VERIFIED);
	}

	@Test
	void aVerifiedApplicationReturnedForCorrectionMustBeVerifiedAgain() {
		Application a = in(ApplicationStatus.VERIFIED);
		assertThat(a.checklist()).isNotNull();
		a.returnForCorrection("Proposal tidak sesuai jenis program", "admin", NOW);
		assertThat(a.checklist()).isNull();
		assertThat(a.verifiedBy()).isNull();
		a.submit("owner", NOW);
		assertThatThrownBy(() -> a.approve(1, BENEFICIARY, "admin", NOW)).isInstanceOf(ApplicationTransitionException.class);
	}

	@Test
	void onlyASentUndecidedApplicationCanBeReturnedAndOnlyADraftOrReturnedOneEdited() {
		assertThat(ApplicationStatus.values()).filteredOn(ApplicationStatus::isReturnable)
			.containsExactlyInAnyOrder(ApplicationStatus.SUBMITTED, ApplicationStatus.VERIFIED);
		assertThat(ApplicationStatus.values()).filteredOn(ApplicationStatus::isEditable)
			.containsExactlyInAnyOrder(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED);
		assertThat(ApplicationStatus.RETURNED.isWithdrawable()).isTrue();
		assertThat(ApplicationStatus.RETURNED.isBenefit()).isFalse();
	}

	@Test
	void theOfficerReturnsBeforeVerificationTheMinistryAfterAndTheOwnerCorrects() {
		var officer = new id.canting.shared.Actor("officer.33", id.canting.shared.Role.OFFICER, "33", java.util.Set.of());
		var otherOfficer = new id.canting.shared.Actor("officer.35", id.canting.shared.Role.OFFICER, "35", java.util.Set.of());
		var admin = new id.canting.shared.Actor("admin", id.canting.shared.Role.ADMIN, null, java.util.Set.of());
		var owner = new id.canting.shared.Actor("owner", id.canting.shared.Role.IKM_OWNER, null, java.util.Set.of(7L));
		Application submitted = in(ApplicationStatus.SUBMITTED);
		assertThat(ApplicationPermissions.of(officer, submitted).returnForCorrection()).isTrue();
		assertThat(ApplicationPermissions.of(otherOfficer, submitted).returnForCorrection()).isFalse();
		assertThat(ApplicationPermissions.of(owner, submitted).returnForCorrection()).isFalse();
		Application verified = in(ApplicationStatus.VERIFIED);
		assertThat(ApplicationPermissions.of(officer, verified).returnForCorrection()).isFalse();
		assertThat(ApplicationPermissions.of(admin, verified).returnForCorrection()).isTrue();
		Application returned = in(ApplicationStatus.RETURNED);
		assertThat(ApplicationPermissions.of(owner, returned)).satisfies(can -> {
			assertThat(can.edit()).isTrue();
			assertThat(can.submit()).isTrue();
			assertThat(can.withdraw()).isTrue();
			assertThat(can.returnForCorrection()).isFalse();
		});
		assertThat(ApplicationPermissions.of(officer, returned).verify()).isFalse();
	}

	@Test
	void recordsTheReturnAsAnEventWithItsReason() {
		Application a = in(ApplicationStatus.RETURNED);
		@SuppressWarnings("unchecked")
		var events = List.copyOf((Collection<Object>) ReflectionTestUtils.invokeMethod(a, "domainEvents"));
		assertThat(events).last().isEqualTo(new id.canting.programme.ApplicationReturned(11, 1, "33", "Lampirkan NIB",
				"officer.33"));
	}

	@Test
	void refusesVerificationWithAnUnconfirmedChecklistItemAndNamesIt() {
		Application a = in(ApplicationStatus.SUBMITTED);
		assertThatThrownBy(() -> a.verify(new VerificationChecklist(true, false, true, false, null), "officer.33", NOW))
			.isInstanceOfSatisfying(ChecklistIncompleteException.class,
					e -> assertThat(e.unconfirmed()).containsExactly("documents", "site"));
		assertThat(a.status()).isEqualTo(ApplicationStatus.SUBMITTED);
	}

	@Test
	void refusesToRealiseMoreThanWasApproved() {
		Application a = in(ApplicationStatus.APPROVED);
		assertThatThrownBy(() -> a.realise(new Realisation(LocalDate.of(2026, 4, 1), 20_000_001, null), "admin", NOW))
			.isInstanceOf(RealisationRefusedException.class);
		assertThat(a.status()).isEqualTo(ApplicationStatus.APPROVED);
	}

	@Test
	void recordsAnEventForEachStep() {
		Application a = in(ApplicationStatus.CLOSED);
		@SuppressWarnings("unchecked")
		var events = List.copyOf((Collection<Object>) ReflectionTestUtils.invokeMethod(a, "domainEvents"));
		assertThat(events).extracting(e -> e.getClass().getSimpleName()).containsExactly(
				"ApplicationSubmitted", "ApplicationVerified", "ApplicationApproved", "ApplicationRealised",
				"ApplicationClosed");
	}
}
