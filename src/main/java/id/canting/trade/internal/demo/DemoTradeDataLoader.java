package id.canting.trade.internal.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.canting.shared.Actor;
import id.canting.trade.TradeManagement;

/**
 * Loads the {@link DemoTradeDataset} on the first start against empty trade tables (demo mode, on
 * unless {@code canting.demo.enabled=false}), through {@link TradeManagement}, so demo records pass
 * exactly the rules user input does. One transaction: a failure leaves the tables empty. Trade data
 * already present (real or demo) is never mixed with demo data.
 */
@Component
@ConditionalOnBooleanProperty(name = "canting.demo.enabled", matchIfMissing = true)
class DemoTradeDataLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoTradeDataLoader.class);

	private final JdbcClient jdbc;
	private final TradeManagement trade;
	private final TransactionTemplate transaction;

	DemoTradeDataLoader(JdbcClient jdbc, TradeManagement trade, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.trade = trade;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/** Runs before the web server opens its port, so nobody sees an empty export dashboard. */
	@Override
	public void afterSingletonsInstantiated() {
		long started = System.nanoTime();
		Integer loaded = transaction.execute(status -> {
			if (tradeHoldsData()) {
				return null;
			}
			DemoTradeDataset.baskets().forEach(basket -> trade.createBasket(Actor.SYSTEM, basket));
			var records = DemoTradeDataset.records();
			records.forEach(record -> trade.record(Actor.SYSTEM, record));
			return records.size();
		});
		if (loaded == null) {
			log.debug("Demo trade data not loaded: export records or baskets exist already");
			return;
		}
		log.info("Demo trade data loaded: {} export records in {} ms", loaded, (System.nanoTime() - started) / 1_000_000);
	}

	private boolean tradeHoldsData() {
		long records = jdbc.sql("select count(*) from export_record").query(Long.class).single();
		long baskets = jdbc.sql("select count(*) from product_basket").query(Long.class).single();
		return records > 0 || baskets > 0;
	}
}
