package id.canting.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.annotation.Transactional;

import id.canting.CantingModuleTest;
import id.canting.registry.IkmManagement;
import id.canting.registry.IkmMother;
import id.canting.registry.events.IkmRegistered;
import id.canting.shared.Actor;
import id.canting.shared.PageRequest;
import id.canting.shared.Role;
import id.canting.trade.ExportRecordId;
import id.canting.trade.ExportRecordRecorded;

/**
 * The audit trail follows the other modules' events: a change made through a module's facade, or
 * an event as another module publishes it, leaves its entry. On the audit module's own empty
 * database with the registry (the same context as {@link AuditListenersTest}).
 */
@CantingModuleTest(extraIncludes = { "registry", "region" })
@Transactional
class AuditModuleTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	IkmManagement ikms;

	@Test
	void anIkmRegisteredThroughTheRegistryIsRecordedAsCreatedUnderItsName(Scenario scenario) {
		Actor officer = new Actor("officer.33", Role.OFFICER, "33", Set.of());

		scenario.stimulate(tx -> ikms.register(officer, IkmMother.anIkm().named("Batik Jlamprang").build()))
			.andWaitForEventOfType(IkmRegistered.class)
			.toArriveAndVerify((event, ikm) -> assertThat(history("ikm", String.valueOf(ikm.id().value())))
				.singleElement()
				.satisfies(entry -> {
					assertThat(entry.action()).isEqualTo("CREATED");
					assertThat(entry.actor()).isEqualTo("officer.33");
					assertThat(entry.provinceCode()).isEqualTo("33");
					assertThat(entry.summary()).isEqualTo("Batik Jlamprang");
				}));
	}

	/** Published and committed as trade would publish it (the entry stays, under an id no test reuses). */
	@Test
	void anExportRecordedInTradeIsRecordedWithWhatWasRecorded(Scenario scenario) {
		scenario.publish(new ExportRecordRecorded(new ExportRecordId(880_001), "2024-07", "52085210", "US",
				new BigDecimal("1250.50"), "BPS", "admin"))
			.andWaitForStateChange(() -> history("export_record", "880001"), entries -> !entries.isEmpty())
			.andVerify(entries -> assertThat(entries).singleElement().satisfies(entry -> {
				assertThat(entry.action()).isEqualTo("CREATED");
				assertThat(entry.actor()).isEqualTo("admin");
				assertThat(entry.summary()).isEqualTo("2024-07 52085210 US USD 1250.50 (BPS)");
			}));
	}

	private List<AuditEntry> history(String entityType, String entityId) {
		return trail.search(Actor.SYSTEM, AuditQuery.historyOf(entityType, entityId), firstPage()).content();
	}

	private static PageRequest firstPage() {
		return new PageRequest(0, 20, "occurredAt", false);
	}
}
