package id.canting.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import id.canting.CantingModuleTest;
import id.canting.account.LoginFailed;
import id.canting.account.LoginSucceeded;
import id.canting.account.UserCreated;
import id.canting.registry.Ikm;
import id.canting.registry.IkmId;
import id.canting.registry.IkmManagement;
import id.canting.registry.IkmMother;
import id.canting.registry.events.IkmUpdated;
import id.canting.registry.events.IkmVerified;
import id.canting.shared.Actor;
import id.canting.shared.FieldChange;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;
import id.canting.shared.Role;

/**
 * What the audit listeners write for the events of the other modules, on the audit module's own
 * empty database (with the registry, whose facade makes one of the changes).
 */
@CantingModuleTest(extraIncludes = { "registry", "region" })
@Transactional
class AuditListenersTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AuditTrail trail;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	IkmManagement ikms;

	@Test
	void anIkmUpdateIsRecordedWithEachChangedFieldsOldAndNewValue() {
		events.publishEvent(new IkmUpdated(new IkmId(990_001), "33", List.of(new FieldChange("workersFemale", "6", "30"),
				new FieldChange("phone", null, "081234567890")), "officer.33"));

		List<AuditEntry> entries = history("ikm", "990001").content();
		assertThat(entries).hasSize(1);
		AuditEntry entry = entries.get(0);
		assertThat(entry.action()).isEqualTo("UPDATED");
		assertThat(entry.actor()).isEqualTo("officer.33");
		assertThat(entry.provinceCode()).isEqualTo("33");
		assertThat(entry.occurredAt()).isNotNull();
		assertThat(entry.changes()).containsExactly(new FieldChange("workersFemale", "6", "30"),
				new FieldChange("phone", null, "081234567890"));
	}

	@Test
	void aRegistryChangeIsRecordedWithWhoMadeItAndTheRecordsProvince() {
		Ikm ikm = IkmMother.anIkm().registerWith(ikms);
		Actor officer = new Actor("officer.audit", Role.OFFICER, ikm.provinceCode(), Set.of());
		ikms.deactivate(officer, ikm.id());

		AuditEntry latest = history("ikm", String.valueOf(ikm.id().value())).content().get(0);
		assertThat(latest.action()).isEqualTo("DEACTIVATED");
		assertThat(latest.actor()).isEqualTo("officer.audit");
		assertThat(latest.provinceCode()).isEqualTo(ikm.provinceCode());
	}

	@Test
	void loginsAreRecordedUnderTheTypedUsernameWithTheClientAddress() {
		events.publishEvent(new LoginFailed("audit.nobody", "198.51.100.2", "BAD_CREDENTIALS"));
		events.publishEvent(new LoginSucceeded("audit.nobody", "203.0.113.7"));

		List<AuditEntry> entries = history("login", "audit.nobody").content();
		assertThat(entries).extracting(AuditEntry::action).containsExactly("LOGIN_SUCCEEDED", "LOGIN_FAILED");
		assertThat(entries).extracting(AuditEntry::clientAddress).containsExactly("203.0.113.7", "198.51.100.2");
		// nobody was signed in when the attempt failed
		assertThat(entries).extracting(AuditEntry::actor).containsExactly("audit.nobody", null);
		assertThat(entries.get(1).summary()).isEqualTo("BAD_CREDENTIALS");
	}

	@Test
	void aNewAccountsPermissionsAreRecordedAsChangesFromNothing() {
		events.publishEvent(new UserCreated(990_002, "officer.99", "OFFICER", "33", Set.of(), "admin"));

		AuditEntry entry = history("user", "990002").content().get(0);
		assertThat(entry.action()).isEqualTo("USER_CREATED");
		assertThat(entry.provinceCode()).as("only administrators read account entries").isNull();
		assertThat(entry.changes()).containsExactly(new FieldChange("role", null, "OFFICER"),
				new FieldChange("provinceCode", null, "33"));
	}

	@Test
	void overlongValuesAreCutToTheirColumnRatherThanFailTheChange() {
		String longAddress = "Jl. Kauman ".repeat(500);
		events.publishEvent(new IkmUpdated(new IkmId(990_003), "33", List.of(new FieldChange("address", "Jl. Lama", longAddress)),
				"x".repeat(150)));

		AuditEntry entry = history("ikm", "990003").content().get(0);
		assertThat(entry.changes().get(0).newValue()).hasSize(2000).isEqualTo(longAddress.substring(0, 2000));
		assertThat(entry.actor()).hasSize(100);
	}

	/** The entry is written in the transaction of the change: rolled back together, never one without the other. */
	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void aChangeRolledBackLeavesNoEntry() {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			events.publishEvent(new IkmVerified(new IkmId(990_004), "33", "officer.33", java.time.Instant.now()));
			assertThat(history("ikm", "990004").content()).hasSize(1);
			status.setRollbackOnly();
		});
		assertThat(history("ikm", "990004").content()).isEmpty();
	}

	private PageResponse<AuditEntry> history(String entityType, String entityId) {
		return trail.search(Actor.SYSTEM, AuditQuery.historyOf(entityType, entityId),
				new PageRequest(0, 20, "occurredAt", false));
	}
}
