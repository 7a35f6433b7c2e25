package id.canting.certification.indication.internal.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.canting.certification.indication.GeographicalIndication;
import id.canting.certification.indication.GeographicalIndications;
import id.canting.registry.IkmFilter;
import id.canting.registry.IkmId;
import id.canting.registry.IkmSummary;
import id.canting.registry.RecordStatus;
import id.canting.registry.RegistryQueries;
import id.canting.shared.Actor;
import id.canting.shared.PageRequest;

/**
 * Loads the {@link DemoIndications} once the registry's demo IKM are there (after the context is
 * refreshed, as the registry loads its demo when its beans are ready), into an empty indication
 * table, through {@link GeographicalIndications}, so demo data passes the same rules. Members are the
 * first active IKM of each covered regency by name. One transaction: a failure leaves the table empty.
 */
@Component
@ConditionalOnBooleanProperty(name = "canting.demo.enabled", matchIfMissing = true)
class DemoIndicationDataLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoIndicationDataLoader.class);

	private final JdbcClient jdbc;
	private final GeographicalIndications indications;
	private final RegistryQueries registry;
	private final TransactionTemplate transaction;

	DemoIndicationDataLoader(JdbcClient jdbc, GeographicalIndications indications, RegistryQueries registry,
			PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.indications = indications;
		this.registry = registry;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@EventListener(ContextRefreshedEvent.class)
	void loadIntoEmptyTable() {
		long started = System.nanoTime();
		Integer loaded = transaction.execute(status -> {
			if (jdbc.sql("select count(*) from geographical_indication").query(Long.class).single() > 0
					|| jdbc.sql("select count(*) from ikm").query(Long.class).single() == 0) {
				return null;
			}
			int members = 0;
			for (DemoIndications.DemoIndication demo : DemoIndications.all()) {
				GeographicalIndication ig = indications.create(Actor.SYSTEM, demo.input());
				demo.stages().forEach(s -> indications.reach(Actor.SYSTEM, ig.slug(), s.stage(), s.on(), null));
				for (String regency : demo.input().regencies()) {
					IkmFilter filter = new IkmFilter(regency.substring(0, 2), regency, null, null, null, null, null,
							RecordStatus.ACTIVE, null);
					for (IkmSummary ikm : registry.ikm(Actor.SYSTEM, filter, new PageRequest(0, demo.membersPerRegency(), "name", true))
						.content()) {
						indications.addMember(Actor.SYSTEM, ig.slug(), new IkmId(ikm.id()));
						members++;
					}
				}
			}
			return members;
		});
		if (loaded != null) {
			log.info("Demo geographical indications loaded: {} with {} members in {} ms", DemoIndications.all().size(), loaded,
					(System.nanoTime() - started) / 1_000_000);
		}
	}
}
