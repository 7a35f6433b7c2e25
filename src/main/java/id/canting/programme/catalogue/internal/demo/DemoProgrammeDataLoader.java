package id.canting.programme.catalogue.internal.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.canting.programme.catalogue.ProgrammeManagement;
import id.canting.shared.Actor;

/**
 * Loads the {@link DemoProgrammeDataset} on the first start against an empty programme table (demo
 * mode), through {@link ProgrammeManagement}, so demo programmes pass exactly the rules an admin's
 * input does, and publishes them. One transaction: a failure leaves the table empty.
 */
@Component
@ConditionalOnBooleanProperty(name = "canting.demo.enabled", matchIfMissing = true)
class DemoProgrammeDataLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoProgrammeDataLoader.class);

	private final JdbcClient jdbc;
	private final ProgrammeManagement programmes;
	private final TransactionTemplate transaction;

	DemoProgrammeDataLoader(JdbcClient jdbc, ProgrammeManagement programmes, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.programmes = programmes;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Override
	public void afterSingletonsInstantiated() {
		long started = System.nanoTime();
		Integer loaded = transaction.execute(status -> {
			if (jdbc.sql("select count(*) from programme").query(Long.class).single() > 0) {
				return null;
			}
			var inputs = DemoProgrammeDataset.programmes();
			inputs.forEach(input -> {
				var programme = programmes.create(Actor.SYSTEM, input);
				programmes.publish(Actor.SYSTEM, programme.code());
			});
			return inputs.size();
		});
		if (loaded != null) {
			log.info("Demo programmes loaded: {} in {} ms", loaded, (System.nanoTime() - started) / 1_000_000);
		}
	}
}
