package id.canting.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingModuleTest;
import id.canting.account.LoginRefusedException.Reason;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.FieldViolation;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.Role;

/**
 * Accounts on their own (with the regions an officer's scope names), on an empty database: an
 * administrator creates accounts, people sign in, and the events tell the audit trail. Each test
 * rolls back (stimuli run in the test's transaction, see {@code RegistryModuleTests}).
 */
@CantingModuleTest(BootstrapMode.DIRECT_DEPENDENCIES)
@Transactional
class AccountModuleTests {

	static final String PASSWORD = "Kawung-Parang-2024";

	@Autowired
	AccountManagement accounts;

	@Autowired
	LoginService login;

	@Test
	void creatingAnAccountPublishesUserCreatedWithItsRoleAndScope(Scenario scenario) {
		scenario.stimulate(tx -> accounts.create(Actor.SYSTEM, officerOf("officer.jateng", "33"), PASSWORD))
			.andWaitForEventOfType(UserCreated.class)
			.toArriveAndVerify((event, account) -> {
				assertThat(event.userId()).isEqualTo(account.id());
				assertThat(event.username()).isEqualTo("officer.jateng");
				assertThat(event.role()).isEqualTo("OFFICER");
				assertThat(event.provinceCode()).isEqualTo("33");
			});
	}

	@Test
	void onlyAnAdministratorCreatesAccounts() {
		Actor officer = new Actor("officer.33", Role.OFFICER, "33", java.util.Set.of());

		assertThatThrownBy(() -> accounts.create(officer, officerOf("officer.other", "33"), PASSWORD))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void aUsernameIsTakenOnceAndAnOfficersProvinceMustExist() {
		accounts.create(Actor.SYSTEM, officerOf("officer.diy", "34"), PASSWORD);

		assertThatThrownBy(() -> accounts.create(Actor.SYSTEM, officerOf("officer.diy", "33"), PASSWORD))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> accounts.create(Actor.SYSTEM, officerOf("officer.nowhere", "99"), PASSWORD))
			.isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
				.containsExactly(FieldViolation.of("provinceCode", "validation.province.unknown", "99")));
	}

	@Test
	void signingInWithTheRightPasswordPublishesLoginSucceeded(Scenario scenario) {
		accounts.create(Actor.SYSTEM, officerOf("officer.jatim", "35"), PASSWORD);

		scenario.stimulate(tx -> login.authenticate("Officer.Jatim ", PASSWORD, "203.0.113.7"))
			.andWaitForEventOfType(LoginSucceeded.class)
			.toArriveAndVerify((event, principal) -> {
				assertThat(event).isEqualTo(new LoginSucceeded("officer.jatim", "203.0.113.7"));
				assertThat(principal.actor().provinceCode()).isEqualTo("35");
			});
	}

	@Test
	void aWrongPasswordIsRefusedAndPublishesLoginFailed(Scenario scenario) {
		accounts.create(Actor.SYSTEM, officerOf("officer.jabar", "32"), PASSWORD);

		scenario.stimulate(tx -> {
			assertThatThrownBy(() -> login.authenticate("officer.jabar", "wrong", "198.51.100.2"))
				.isInstanceOfSatisfying(LoginRefusedException.class,
						refused -> assertThat(refused.reason()).isEqualTo(Reason.BAD_CREDENTIALS));
			return null;
		})
			.andWaitForEventOfType(LoginFailed.class)
			.toArriveAndVerify(event -> assertThat(event)
				.isEqualTo(new LoginFailed("officer.jabar", "198.51.100.2", "BAD_CREDENTIALS")));
	}

	private static AccountInput officerOf(String username, String provinceCode) {
		return new AccountInput(username, "Petugas " + provinceCode, username + "@example.id", "OFFICER", provinceCode,
				List.of(), true);
	}
}
