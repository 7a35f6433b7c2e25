package id.canting.account.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.canting.account.AccountInput;
import id.canting.account.AccountManagement;
import id.canting.registry.IkmFilter;
import id.canting.registry.RegistryQueries;
import id.canting.shared.Actor;
import id.canting.shared.InvalidInputException;
import id.canting.shared.PageRequest;

/**
 * Makes sure someone can sign in on a new installation. In demo mode: the demo accounts of
 * DESIGN.md, all with the password {@value #DEMO_PASSWORD}. Otherwise, when there is no account at
 * all: an administrator from {@code CANTING_ADMIN_USERNAME}/{@code CANTING_ADMIN_PASSWORD}, or
 * {@code admin} with a random password printed once to the log. Runs after the registry's demo data,
 * because the demo owner owns one of those IKM.
 */
@Component
class FirstAccounts {

	static final String DEMO_PASSWORD = "canting-demo";
	private static final Logger log = LoggerFactory.getLogger(FirstAccounts.class);

	private final AccountManagement accounts;
	private final RegistryQueries registry;
	private final JdbcClient jdbc;
	private final boolean demo;
	private final String adminUsername;
	private final String adminPassword;
	private volatile boolean done;

	FirstAccounts(AccountManagement accounts, RegistryQueries registry, JdbcClient jdbc,
			@Value("${canting.demo.enabled:true}") boolean demo,
			@Value("${canting.admin.username:admin}") String adminUsername,
			@Value("${canting.admin.password:}") String adminPassword) {
		this.accounts = accounts;
		this.registry = registry;
		this.jdbc = jdbc;
		this.demo = demo;
		this.adminUsername = adminUsername;
		this.adminPassword = adminPassword;
	}

	/** Before the demo loaders that add accounts of their own (the matching demo's buyers), which would read as "accounts exist". */
	@EventListener(ContextRefreshedEvent.class)
	@Order(100)
	void createWhenNoneExist() {
		if (jdbc.sql("select count(*) from user_account").query(Long.class).single() == 0) {
			if (demo) {
				createDemoAccounts();
			}
			else {
				createFirstAdmin();
			}
		}
		done = true;
	}

	/** Whether this node has made sure someone can sign in (readiness: {@link SignInHealthIndicator}). */
	boolean done() {
		return done;
	}

	private void createDemoAccounts() {
		long ownedIkm = registry.catalogue(new IkmFilter("33", null, null, null, null, null, null, null, null),
				new PageRequest(0, 1, "name", true)).content().get(0).id();
		create("admin", "Admin Kemenperin (demo)", "ADMIN", null, List.of(), DEMO_PASSWORD);
		create("officer.33", "Petugas Dinas Perindustrian Jawa Tengah (demo)", "OFFICER", "33", List.of(), DEMO_PASSWORD);
		create("officer.35", "Petugas Dinas Perindustrian Jawa Timur (demo)", "OFFICER", "35", List.of(), DEMO_PASSWORD);
		create("owner", "Pemilik IKM (demo)", "IKM_OWNER", null, List.of(ownedIkm), DEMO_PASSWORD);
		create("assessor", "Asesor BBSPJIKB (demo)", "ASSESSOR", null, List.of(), DEMO_PASSWORD);
		create("buyer", "Pembeli (demo)", "BUYER", null, List.of(), DEMO_PASSWORD);
		log.info("Demo accounts created (admin, officer.33, officer.35, owner, assessor, buyer), password {}",
				DEMO_PASSWORD);
	}

	private void createFirstAdmin() {
		boolean generated = adminPassword == null || adminPassword.isBlank();
		String password = generated ? randomPassword() : adminPassword;
		try {
			create(adminUsername, "Administrator", "ADMIN", null, List.of(), password);
		}
		catch (InvalidInputException e) {
			// say at startup which rule the configured account broke, instead of a bare refusal
			throw new IllegalStateException("CANTING_ADMIN_USERNAME/CANTING_ADMIN_PASSWORD refused: "
					+ e.violations().stream().map(v -> v.field() + " " + v.messageKey()).toList()
					+ " (a password needs at least " + id.canting.account.PasswordPolicy.MIN_LENGTH
					+ " characters, is not a common one and does not contain the username)", e);
		}
		if (generated) {
			// Printed this once only: the next start finds an account and creates none.
			log.warn("No account existed: created administrator '{}' with the one-time password {} - sign in and change it.",
					adminUsername, password);
		}
		else {
			log.info("No account existed: created administrator '{}' from CANTING_ADMIN_USERNAME/PASSWORD", adminUsername);
		}
	}

	private void create(String username, String name, String role, String province, List<Long> ikm, String password) {
		accounts.create(Actor.SYSTEM, new AccountInput(username, name, null, role, province, ikm, true), password);
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
